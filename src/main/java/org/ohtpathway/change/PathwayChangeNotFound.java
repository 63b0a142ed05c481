package org.ohtpathway.change;

/** No change of that number: 404. */
public class PathwayChangeNotFound extends RuntimeException {

  PathwayChangeNotFound(Long changeId) {
    super("There is no change to the pathway PC-" + changeId + ".");
  }
}
