package org.ohtpathway.modelling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A model file as XML: every element, with its attributes and its text as the engine reads
 * them (entities and character references resolved, text pieces joined), and the element a
 * designer would recognise it by.
 */
final class ModelXml {

  private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

  private final String resource;
  private final Document document;

  private ModelXml(String resource, Document document) {
    this.resource = resource;
    this.document = document;
  }

  static ModelXml read(String resource, byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // The engine refuses a DOCTYPE too; here it would be a way to show this check other text.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new ModelXml(resource, builder.parse(new ByteArrayInputStream(bytes)));
    } catch (SAXException | IOException | ParserConfigurationException unreadable) {
      throw new ModelRefusedException(resource, null, "it cannot be read as a model: it is not well-formed XML, or"
          + " it declares a DOCTYPE (" + unreadable.getMessage() + ").");
    }
  }

  /** Each element of the file, in document order. */
  void forEachElement(Consumer<Element> visit) {
    List<Element> pending = new ArrayList<>(List.of(document.getDocumentElement()));
    while (!pending.isEmpty()) {
      Element element = pending.remove(0);
      visit.accept(element);
      List<Element> children = new ArrayList<>();
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          children.add(childElement);
        }
      }
      pending.addAll(0, children);
    }
  }

  /** Whether the file declares a process of this id. */
  boolean declaresProcess(String id) {
    boolean[] found = {false};
    forEachElement(element -> found[0] |= "process".equals(localName(element)) && id.equals(element.getAttribute("id")));
    return found[0];
  }

  /** What {@code rule} refuses, element by element (the first problem of each), in document order. */
  List<ModelRefusedException> problems(Consumer<Element> rule) {
    List<ModelRefusedException> problems = new ArrayList<>();
    forEachElement(element -> {
      try {
        rule.accept(element);
      } catch (ModelRefusedException refused) {
        problems.add(refused);
      }
    });
    return problems;
  }

  /** The element's attributes, namespace declarations left out. */
  static List<Attr> attributes(Element element) {
    List<Attr> attributes = new ArrayList<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Attr attribute = (Attr) all.item(i);
      if (!XMLNS.equals(attribute.getNamespaceURI())) {
        attributes.add(attribute);
      }
    }
    return attributes;
  }

  /** The element's own text, its pieces (text, CDATA) joined as the engine's parser joins them. */
  static String text(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  static String localName(Node node) {
    return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
  }

  /** The refusal, naming the file and the nearest element with an id (and its name). */
  ModelRefusedException refuse(Element where, String what) {
    Node at = where;
    while (at instanceof Element element && element.getAttribute("id").isEmpty()) {
      at = element.getParentNode();
    }
    String place = at instanceof Element element
        ? element.getAttribute("id") + (element.getAttribute("name").isEmpty() ? ""
            : " '" + element.getAttribute("name") + "'")
        : "<" + localName(where) + ">";
    return new ModelRefusedException(resource, place, what);
  }
}
