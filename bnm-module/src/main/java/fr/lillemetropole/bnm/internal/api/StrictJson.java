package fr.lillemetropole.bnm.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;

/**
 * Reads a JSON body strictly, before anything is stored: at most {@link #maxBytes} bytes (413),
 * valid UTF-8, one JSON value and nothing after it, no key twice in an object, no NUL character
 * nor lone surrogate in a string or key, at most {@value #MAX_DEPTH} levels, and numbers read
 * exactly (BigInteger, BigDecimal) so that the schema's maximum sees the number that was sent.
 * Every refusal is an {@link InvalidRequestException} with a French message and the field's pointer.
 */
public final class StrictJson {

    /** 2 MB: a dossier of 200 libraries is about 600 kB. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    public static final StrictJson DEFAULT = new StrictJson(DEFAULT_MAX_BYTES);
    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_CHARS = 100;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int maxBytes;

    public StrictJson(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** 415 unless the type is application/json or application/…+json, in UTF-8 when a charset is named. */
    public static void requireJson(String contentType) throws InvalidRequestException {
        if (!isJson(contentType)) {
            throw new InvalidRequestException(415, FieldError.schema("", "Le corps de la requête doit être du JSON "
                    + "en UTF-8, envoyé avec l'en-tête « Content-Type: application/json »."));
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        String mime = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!"application/json".equals(mime) && !(mime.startsWith("application/") && mime.endsWith("+json"))) {
            return false;
        }
        for (String parameter : Arrays.copyOfRange(parts, 1, parts.length)) {
            String[] pair = parameter.split("=", 2);
            if ("charset".equalsIgnoreCase(pair[0].strip()) && (pair.length < 2
                    || !"utf-8".equalsIgnoreCase(pair[1].strip().replace("\"", "")))) {
                return false;
            }
        }
        return true;
    }

    /** Reads and parses a body whose announced length is {@code declaredLength} (-1 when unknown). */
    public JsonNode parse(InputStream in, long declaredLength) throws InvalidRequestException, IOException {
        return parse(read(in, declaredLength));
    }

    public JsonNode parse(byte[] bytes) throws InvalidRequestException {
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw invalid("", "Le corps de la requête est vide : envoyez un objet JSON.");
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonNode root = value(parser, parser.nextToken(), "", 0);
            JsonToken trailing;
            try {
                trailing = parser.nextToken();
            } catch (JsonProcessingException e) {
                trailing = JsonToken.NOT_AVAILABLE;
            }
            if (trailing != null) {
                throw invalid("", "Le document JSON est suivi de données en trop (" + where(parser.getTokenLocation())
                        + ") : envoyez un seul objet JSON.");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw invalid("", "Le corps de la requête n'est pas du JSON valide (" + where(e.getLocation()) + ").");
        } catch (IOException e) {
            throw invalid("", "Le corps de la requête est illisible.");
        }
    }

    private byte[] read(InputStream in, long declaredLength) throws InvalidRequestException, IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    private InvalidRequestException tooLarge() {
        return new InvalidRequestException(413, FieldError.schema("", "Le corps de la requête dépasse la taille "
                + "maximale de " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " Mo" : maxBytes + " octets")
                + " : rien n'a été enregistré."));
    }

    private static String decode(byte[] bytes) throws InvalidRequestException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw invalid("", "Le corps de la requête n'est pas encodé en UTF-8 valide (octet n° "
                    + (buffer.position() + 1) + ").");
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token, String pointer, int depth)
            throws IOException, InvalidRequestException {
        if (token == null) {
            throw invalid(pointer, "Le document JSON est incomplet.");
        }
        return switch (token) {
            case START_OBJECT -> object(parser, pointer, depth + 1);
            case START_ARRAY -> array(parser, pointer, depth + 1);
            case VALUE_STRING -> TextNode.valueOf(checked(parser.getText(), pointer, false));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, token, pointer);
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> throw invalid(pointer, "Le corps de la requête n'est pas du JSON valide ("
                    + where(parser.getTokenLocation()) + ").");
        };
    }

    private static ObjectNode object(JsonParser parser, String pointer, int depth)
            throws IOException, InvalidRequestException {
        checkDepth(pointer, depth);
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = checked(parser.getCurrentName(), pointer, true);
            String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            if (object.has(name)) {
                throw invalid(child, "Le champ « " + label(child) + " » figure deux fois : chaque champ ne doit "
                        + "apparaître qu'une fois.");
            }
            object.set(name, value(parser, parser.nextToken(), child, depth));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, String pointer, int depth)
            throws IOException, InvalidRequestException {
        checkDepth(pointer, depth);
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token, pointer + "/" + array.size(), depth));
        }
        return array;
    }

    private static JsonNode number(JsonParser parser, JsonToken token, String pointer)
            throws IOException, InvalidRequestException {
        if (parser.getTextLength() > MAX_NUMBER_CHARS) {
            throw invalid(pointer, "Le nombre du champ « " + label(pointer) + " » est trop long (au plus "
                    + MAX_NUMBER_CHARS + " caractères).");
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return switch (parser.getNumberType()) {
                case INT -> IntNode.valueOf(parser.getIntValue());
                case LONG -> LongNode.valueOf(parser.getLongValue());
                default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
            };
        }
        try {
            return DecimalNode.valueOf(new BigDecimal(parser.getText()));
        } catch (NumberFormatException e) {
            throw invalid(pointer, "Le nombre du champ « " + label(pointer) + " » est hors des limites.");
        }
    }

    private static String checked(String text, String pointer, boolean key) throws InvalidRequestException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(++i)) : Character.isLowSurrogate(c);
            if (c == 0 || lone) {
                String what = c == 0 ? "un caractère nul (code 0)" : "un caractère invalide";
                throw invalid(pointer, key ? "Un nom de champ de « " + label(pointer) + " » contient " + what + "."
                        : "Le champ « " + label(pointer) + " » contient " + what + ".");
            }
        }
        return text;
    }

    private static void checkDepth(String pointer, int depth) throws InvalidRequestException {
        if (depth > MAX_DEPTH) {
            throw invalid(pointer, "Le document JSON est imbriqué trop profondément (au plus " + MAX_DEPTH
                    + " niveaux).");
        }
    }

    private static String label(String pointer) {
        return pointer.isEmpty() ? "le dossier" : pointer.substring(1);
    }

    private static String where(JsonLocation location) {
        return location == null ? "position inconnue"
                : "ligne " + location.getLineNr() + ", colonne " + location.getColumnNr();
    }

    private static InvalidRequestException invalid(String pointer, String message) {
        return new InvalidRequestException(FieldError.schema(pointer, message));
    }
}
