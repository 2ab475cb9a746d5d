package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) written with an XML writer, which escapes every text and attribute:
 * repository text goes into {@code type="text"} elements only, never into markup. Characters XML
 * cannot carry (control characters) are dropped.
 */
final class AtomFeed {
  private final String id;
  private final String title;
  private final String selfHref;
  private final String alternateHref;
  private final List<Entry> entries = new ArrayList<>();

  AtomFeed(String id, String title, String selfHref, String alternateHref) {
    this.id = requireNonNull(id, "id is null");
    this.title = requireNonNull(title, "title is null");
    this.selfHref = requireNonNull(selfHref, "selfHref is null");
    this.alternateHref = requireNonNull(alternateHref, "alternateHref is null");
  }

  /**
   * One entry.
   *
   * @param id a permanent IRI
   * @param title plain text
   * @param href the page it links to
   * @param updated when it last changed
   * @param summary plain text, or null
   */
  record Entry(String id, String title, String href, Instant updated, String summary) {
    Entry {
      requireNonNull(id, "id is null");
      requireNonNull(title, "title is null");
      requireNonNull(href, "href is null");
      requireNonNull(updated, "updated is null");
    }
  }

  AtomFeed add(Entry entry) {
    entries.add(entry);
    return this;
  }

  /** The feed as XML; {@code updated} is the newest entry's, or {@code fallback} when empty. */
  String toXml(Instant fallback) {
    Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(fallback);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      text(xml, "id", id);
      text(xml, "title", title);
      text(xml, "updated", updated.toString());
      author(xml);
      link(xml, "self", selfHref, "application/atom+xml");
      link(xml, "alternate", alternateHref, "text/html");
      text(xml, "generator", "RepoSignal");
      for (Entry entry : entries) {
        xml.writeStartElement("entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        text(xml, "updated", entry.updated().toString());
        link(xml, "alternate", entry.href(), "text/html");
        if (entry.summary() != null) {
          text(xml, "summary", entry.summary());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(
          "cannot write the Atom feed " + id + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void author(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("author");
    text(xml, "name", "RepoSignal");
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlSafe(href));
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    if (element.equals("title") || element.equals("summary")) {
      xml.writeAttribute("type", "text");
    }
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  /** Drops characters XML 1.0 forbids (C0 controls but tab, newline, carriage return). */
  static String xmlSafe(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .filter(c -> c < 0xD800 || c > 0xDFFF)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
