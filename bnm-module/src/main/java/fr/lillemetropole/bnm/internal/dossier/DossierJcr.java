package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * Maps a dossier in normal form to typed JCR nodes and back, driven by the schema: objects are
 * child nodes (bnm:Section, bnm:Library), lists of objects ordered list nodes, lists of choices
 * multi-valued String properties, numbers Long or Double, "NC" the String "NC", null no property.
 * Writing touches only what differs from what is stored, and answers the pointers it changed.
 */
public final class DossierJcr {

    static final String LIBRARIES = "libraries";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DossierSchema schema;

    public DossierJcr(DossierSchema schema) {
        this.schema = schema;
    }

    /** Writes the document under {@code node} (a bnm:DossierDocument); answers the changed pointers. */
    public List<String> write(Node node, JsonNode document) throws RepositoryException {
        List<String> changed = new ArrayList<>();
        writeObject(node, schema.root(), document, "", changed);
        return changed;
    }

    public ObjectNode read(Node node) throws RepositoryException {
        return readObject(node, schema.root());
    }

    private void writeObject(Node node, JsonNode objectSchema, JsonNode value, String pointer, List<String> changed)
            throws RepositoryException {
        JsonNode s = schema.resolve(objectSchema);
        for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode property = schema.resolve(entry.getValue());
            JsonNode child = value.get(name);
            String childPointer = pointer + "/" + name;
            if (DossierSchema.isObject(property)) {
                writeChildObject(node, name, property, child, childPointer, changed);
            } else if (DossierSchema.isArray(property) && isObjectList(property)) {
                writeList(node, name, property, child, childPointer, changed);
            } else if (DossierSchema.isArray(property)) {
                writeChoices(node, name, child, childPointer, changed);
            } else {
                writeScalar(node, name, child, childPointer, changed);
            }
        }
    }

    private void writeChildObject(Node node, String name, JsonNode property, JsonNode value, String pointer,
            List<String> changed) throws RepositoryException {
        if (value == null || value.isNull()) {
            if (node.hasNode(name)) {
                node.getNode(name).remove();
                changed.add(pointer);
            }
            return;
        }
        Node child;
        if (node.hasNode(name)) {
            child = node.getNode(name);
        } else {
            child = node.addNode(name, JcrNames.SECTION_TYPE);
            changed.add(pointer);
        }
        writeObject(child, property, value, pointer, changed);
    }

    private void writeList(Node node, String name, JsonNode property, JsonNode value, String pointer,
            List<String> changed) throws RepositoryException {
        boolean libraries = LIBRARIES.equals(name) && node.isNodeType(JcrNames.DOSSIER_DOCUMENT_TYPE);
        Node list = node.hasNode(name) ? node.getNode(name)
                : node.addNode(name, libraries ? JcrNames.LIBRARY_LIST_TYPE : JcrNames.SECTION_LIST_TYPE);
        int size = value == null || !value.isArray() ? 0 : value.size();
        for (int i = 0; i < size; i++) {
            String itemName = "n" + i;
            Node item;
            if (list.hasNode(itemName)) {
                item = list.getNode(itemName);
            } else {
                item = list.addNode(itemName, libraries ? JcrNames.LIBRARY_TYPE : JcrNames.SECTION_TYPE);
                changed.add(pointer + "/" + i);
            }
            writeObject(item, property.get("items"), value.get(i), pointer + "/" + i, changed);
        }
        for (int i = size; list.hasNode("n" + i); i++) {
            list.getNode("n" + i).remove();
            changed.add(pointer + "/" + i);
        }
    }

    private static void writeChoices(Node node, String name, JsonNode value, String pointer, List<String> changed)
            throws RepositoryException {
        List<String> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> items.add(item.asText()));
        }
        List<String> current = new ArrayList<>();
        if (node.hasProperty(name)) {
            for (Value v : node.getProperty(name).getValues()) {
                current.add(v.getString());
            }
        }
        if (!node.hasProperty(name) || !current.equals(items)) {
            node.setProperty(name, items.toArray(new String[0]));
            changed.add(pointer);
        }
    }

    private static void writeScalar(Node node, String name, JsonNode value, String pointer, List<String> changed)
            throws RepositoryException {
        boolean present = node.hasProperty(name);
        if (value == null || value.isNull()) {
            if (present) {
                node.getProperty(name).remove();
                changed.add(pointer);
            }
            return;
        }
        JsonNode current = present ? scalar(node.getProperty(name)) : null;
        if (same(value, current)) {
            return;
        }
        if (value.isBoolean()) {
            node.setProperty(name, value.booleanValue());
        } else if (value.isIntegralNumber()) {
            node.setProperty(name, value.longValue());
        } else if (value.isNumber()) {
            node.setProperty(name, value.doubleValue());
        } else {
            node.setProperty(name, value.asText());
        }
        changed.add(pointer);
    }

    private ObjectNode readObject(Node node, JsonNode objectSchema) throws RepositoryException {
        JsonNode s = schema.resolve(objectSchema);
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode property = schema.resolve(entry.getValue());
            if (DossierSchema.isObject(property)) {
                out.set(name, node.hasNode(name) ? readObject(node.getNode(name), property)
                        : DossierSchema.nullable(property) ? NullNode.getInstance()
                        : new Normalizer(schema).normalize(property, null));
            } else if (DossierSchema.isArray(property) && isObjectList(property)) {
                ArrayNode items = out.putArray(name);
                if (node.hasNode(name)) {
                    for (NodeIterator children = node.getNode(name).getNodes(); children.hasNext();) {
                        items.add(readObject(children.nextNode(), property.get("items")));
                    }
                }
            } else if (DossierSchema.isArray(property)) {
                ArrayNode items = out.putArray(name);
                if (node.hasProperty(name)) {
                    for (Value v : node.getProperty(name).getValues()) {
                        items.add(v.getString());
                    }
                }
            } else {
                out.set(name, node.hasProperty(name) ? scalar(node.getProperty(name)) : NullNode.getInstance());
            }
        }
        return out;
    }

    /** 2800 stored as Long equals 2800 read as int; 17.9 never equals 18. */
    private static boolean same(JsonNode value, JsonNode current) {
        if (current == null) {
            return false;
        }
        if (value.isNumber() && current.isNumber()) {
            return value.isIntegralNumber() == current.isIntegralNumber()
                    && value.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        return value.equals(current);
    }

    private boolean isObjectList(JsonNode arraySchema) {
        return arraySchema.has("items") && DossierSchema.isObject(schema.resolve(arraySchema.get("items")));
    }

    private static JsonNode scalar(Property property) throws RepositoryException {
        return switch (property.getType()) {
            case PropertyType.BOOLEAN -> NODES.booleanNode(property.getBoolean());
            case PropertyType.LONG -> NODES.numberNode(property.getLong());
            case PropertyType.DOUBLE -> NODES.numberNode(property.getDouble());
            case PropertyType.DECIMAL -> NODES.numberNode(property.getDecimal());
            default -> NODES.textNode(property.getString());
        };
    }
}
