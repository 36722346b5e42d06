package dev.atlasj.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry of URL schemes: each scheme with the parser that turns its URLs into a
 * {@link DatabaseUrl}. A new kind of URL is one more entry here and one more permitted subtype of
 * {@link DatabaseUrl}.
 */
final class UrlSchemes {

    /** A parser for the URLs of one scheme. */
    @FunctionalInterface
    private interface SchemeParser {
        DatabaseUrl parse(String text, String scheme);
    }

    private static final Map<String, SchemeParser> PARSERS = new LinkedHashMap<>();

    static {
        PARSERS.put("postgres", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.POSTGRES));
        PARSERS.put("postgresql", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.POSTGRES));
        PARSERS.put("jdbc:postgresql", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.POSTGRES));
        PARSERS.put("mysql", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.MYSQL));
        PARSERS.put("maria", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.MYSQL));
        PARSERS.put("mariadb", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.MYSQL));
        PARSERS.put("jdbc:mysql", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.MYSQL));
        PARSERS.put("jdbc:mariadb", (text, scheme) -> ServerUrl.parse(text, scheme, ServerKind.MARIADB_DRIVER));
        PARSERS.put("file", (text, scheme) -> FileUrl.parse(text));
        PARSERS.put("embedded", EmbeddedUrl::parse);
        PARSERS.put("docker", DockerUrl::parse);
    }

    private UrlSchemes() {
    }

    static List<String> names() {
        return new ArrayList<>(PARSERS.keySet());
    }

    static DatabaseUrl parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String scheme = UrlParts.schemeOf(trimmed);
        SchemeParser parser = scheme == null ? null : PARSERS.get(scheme);
        if (parser == null) {
            String what = scheme == null
                    ? "\"" + UrlParts.redactLoosely(trimmed) + "\" is not a database URL"
                    : "unknown URL scheme \"" + scheme + "\" in " + UrlParts.redactLoosely(trimmed);
            throw new InvalidUrlException(what + "; accepted schemes: " + accepted()
                    + " (for example postgres://user:pass@localhost:5432/database?sslmode=disable)");
        }
        return parser.parse(trimmed, scheme);
    }

    private static String accepted() {
        return PARSERS.keySet().stream().map(s -> s + "://").collect(Collectors.joining(", "));
    }
}
