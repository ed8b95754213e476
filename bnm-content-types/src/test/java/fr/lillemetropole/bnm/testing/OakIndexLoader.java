package fr.lillemetropole.bnm.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Loads a shipped index definition (SLING-INF/oak-index/*.xml) the way the Sling content loader
 * does at start-up, for the subset of its XML format those files use: a node with a primary type
 * and typed single- or multi-valued properties.
 */
final class OakIndexLoader {

    private OakIndexLoader() {}

    static void load(Session admin, String name, String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        Node index = admin.getNode("/oak:index").addNode(text(root, "name"), text(root, "primaryNodeType"));
        ValueFactory values = admin.getValueFactory();
        NodeList properties = root.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            int type = PropertyType.valueFromName(text(property, "type"));
            NodeList multi = property.getElementsByTagName("values");
            if (multi.getLength() > 0) {
                List<Value> items = new ArrayList<>();
                NodeList each = ((Element) multi.item(0)).getElementsByTagName("value");
                for (int j = 0; j < each.getLength(); j++) {
                    items.add(values.createValue(each.item(j).getTextContent().trim(), type));
                }
                index.setProperty(text(property, "name"), items.toArray(new Value[0]), type);
            } else {
                index.setProperty(text(property, "name"), values.createValue(text(property, "value"), type));
            }
        }
        admin.save();
        if (!name.equals(index.getName())) {
            throw new RepositoryException("index file " + name + " names its node " + index.getName());
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
