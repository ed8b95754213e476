package fr.lillemetropole.bnm.internal.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;

/**
 * One API call: its path and route variables, the caller's session, and its body, read from JSON or,
 * for the admin pages' HTML forms, from form fields (list fields one item per line).
 */
public final class ApiRequest {

    private static final List<String> LIST_FIELDS = List.of("memberCommunes");

    final SlingHttpServletRequest request;
    /** The path below the API's root, such as "/tenants/lille" ("" for the root itself). */
    final String path;
    private final Map<String, String> variables;

    ApiRequest(SlingHttpServletRequest request) {
        this(request, pathOf(request), Map.of());
    }

    private ApiRequest(SlingHttpServletRequest request, String path, Map<String, String> variables) {
        this.request = request;
        this.path = path;
        this.variables = Map.copyOf(variables);
    }

    /** The whole request path: logins may hold dots that Sling would read as selectors. */
    private static String pathOf(SlingHttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return path.startsWith(ApiResourceProvider.ROOT + "/") ? path.substring(ApiResourceProvider.ROOT.length()) : "";
    }

    /** This call with the path variables of its route. */
    ApiRequest bind(Map<String, String> routeVariables) {
        return new ApiRequest(request, path, routeVariables);
    }

    /** The value of the route's variable {@code name} ({@code {tenant}}); a name the route lacks is a bug. */
    String var(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No variable {" + name + "} in the route of " + path);
        }
        return value;
    }

    Session session() {
        return request.getResourceResolver().adaptTo(Session.class);
    }

    boolean isForm() {
        String type = request.getContentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    /** An HTML form with a file field (the admin page's CSV import). */
    boolean isMultipart() {
        String type = request.getContentType();
        return type != null && type.startsWith("multipart/form-data");
    }

    /** The body as {@code type}: form fields, or JSON read by {@link StrictJson} (413, 415, 400). */
    <T> T body(Class<T> type) throws InvalidRequestException {
        try {
            if (isForm()) {
                return ApiResponses.JSON.treeToValue(formAsJson(), type);
            }
            StrictJson.requireJson(request.getContentType());
            JsonNode tree = StrictJson.DEFAULT.parse(request.getInputStream(), declaredLength());
            return ApiResponses.JSON.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            String pointer = pointer(e);
            throw new InvalidRequestException(FieldError.schema(pointer, pointer.isEmpty()
                    ? "Le corps de la requête doit être un objet JSON."
                    : "Le champ « " + pointer.substring(1) + " » est inconnu ou mal formé."));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(FieldError.schema("", "Le corps de la requête n'est pas du JSON valide."));
        } catch (IOException e) {
            throw new InvalidRequestException(FieldError.schema("", "Le corps de la requête est illisible."));
        }
    }

    /** The Content-Length header (a long: a body over 2 GB is announced too), -1 when absent. */
    private long declaredLength() {
        String header = request.getHeader("Content-Length");
        try {
            return header == null ? request.getContentLength() : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private JsonNode formAsJson() {
        ObjectNode object = ApiResponses.JSON.createObjectNode();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(":") || "_charset_".equals(name)) {
                continue;
            }
            String value = field.getValue().length == 0 ? "" : field.getValue()[0];
            if (LIST_FIELDS.contains(name)) {
                ArrayNode items = object.putArray(name);
                Arrays.stream(value.split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
            } else if (!value.isBlank()) {
                object.put(name, value);
            }
        }
        return object;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
        }
        return pointer.toString();
    }
}
