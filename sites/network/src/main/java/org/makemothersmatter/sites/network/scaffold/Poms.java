package org.makemothersmatter.sites.network.scaffold;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads a pom.xml, and adds a plugin's line to one, keeping the file as it is written. */
final class Poms {

    /** A module of the parent pom that is a plugin: group 1 is its code. */
    static final Pattern PLUGIN_MODULE = Pattern.compile("\\s*<module>plugins/([a-z0-9-]+)</module>\\s*");

    /** A one-line dependency on a plugin, managed or not: group 1 is its code. */
    static final Pattern PLUGIN_DEPENDENCY = Pattern.compile(
            "\\s*<dependency>.*<artifactId>mmm-plugin-([a-z0-9-]+)</artifactId>.*</dependency>\\s*");

    /** A Maven artifact's identity. */
    record Coordinates(String groupId, String artifactId, String version) {
    }

    private Poms() {
    }

    /**
     * The pom with a line for the plugin among the lines of the given kind, in the order of their codes. The
     * new line copies its neighbour, indentation and all, with the plugin's code in place of the neighbour's.
     */
    static String withLine(String pom, String file, Pattern kind, String code) {
        String newline = pom.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(pom.split("\r?\n", -1)));
        int model = -1;
        int insertAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = kind.matcher(lines.get(i));
            if (!line.matches()) {
                continue;
            }
            if (line.group(1).equals(code)) {
                throw new ScaffoldException(file + " names the plugin " + code + " already, though its folder is "
                        + "missing: remove that line first, or choose another code.");
            }
            if (model < 0 || line.group(1).compareTo(code) < 0) {
                model = i;
                insertAt = line.group(1).compareTo(code) < 0 ? i + 1 : i;
            }
        }
        if (model < 0) {
            throw new ScaffoldException(file + " lists no plugin to add " + code + " beside: is it the project's own?");
        }
        Matcher neighbour = kind.matcher(lines.get(model));
        neighbour.matches();
        String line = lines.get(model);
        lines.add(insertAt, line.substring(0, neighbour.start(1)) + code + line.substring(neighbour.end(1)));
        String edited = String.join(newline, lines);
        project(edited, file);
        return edited;
    }

    /** The artifact a pom builds, its group and version inherited from its parent where it does not say them. */
    static Coordinates coordinates(String pom, String file) {
        Element project = project(pom, file);
        Element parent = child(project, "parent");
        return new Coordinates(text(project, "groupId", parent), text(project, "artifactId", null),
                text(project, "version", parent));
    }

    /** The parent a pom names. */
    static Coordinates parent(String pom, String file) {
        Element parent = child(project(pom, file), "parent");
        if (parent == null) {
            throw new ScaffoldException(file + " names no parent: is it the project's own?");
        }
        return new Coordinates(text(parent, "groupId", null), text(parent, "artifactId", null),
                text(parent, "version", null));
    }

    private static String text(Element element, String name, Element fallback) {
        Element child = child(element, name);
        if (child == null && fallback != null) {
            child = child(fallback, name);
        }
        return child == null ? null : child.getTextContent().strip();
    }

    private static Element child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** The document's {@code <project>}; a file that is not a well-formed pom is refused. */
    private static Element project(String pom, String file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(new InputSource(new StringReader(pom)))
                    .getDocumentElement();
            if (!project.getTagName().equals("project")) {
                throw new ScaffoldException(file + " is not a Maven pom: its root element is <" + project.getTagName() + ">.");
            }
            return project;
        } catch (SAXException | IOException e) {
            throw new ScaffoldException(file + " is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
