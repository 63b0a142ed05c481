package org.ohtpathway.change;

/**
 * One thing a check found in a change to the pathway, in words a service designer understands.
 *
 * @param file the file it is in (as named in the change)
 * @param element the element, as the designer sees it in Camunda Modeler: its id and, where it
 *     has one, its name; null when the finding is about the whole file
 * @param problem what is wrong and what to do, as a sentence
 */
public record Finding(String file, String element, String problem) {

  @Override
  public String toString() {
    return file + (element == null ? "" : ", " + element) + ": " + problem;
  }
}
