package dev.atlasj.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of a hierarchical URL ({@code scheme://user:password@host:port/path?name=value}),
 * percent-decoded, together with the URL's redacted text.
 *
 * <p>The split follows RFC 3986 as Go's {@code net/url} (and so Atlas) does: the authority ends at
 * the first {@code /} or {@code ?}, the user information at its last {@code @}. Reserved characters
 * in a user name or password must therefore be percent-encoded ({@code @} as {@code %40}, {@code /}
 * as {@code %2F}). A {@code +} stays a plus sign.
 *
 * @param scheme the scheme in lower case, such as {@code postgres} or {@code jdbc:postgresql}
 * @param user the decoded user name, or {@code null}
 * @param password the decoded password, or {@code null}
 * @param host the host name or address (an IPv6 address without its brackets); empty when the URL gives none
 * @param port the port, or {@code null} when the URL gives none
 * @param path the decoded path after the authority, without its leading {@code /}; empty when there is none
 * @param parameters the decoded query parameters, in the order written
 * @param redacted the URL as written, with the password and every {@code *password*} parameter shown as {@code xxxxx}
 */
record UrlParts(String scheme, String user, String password, String host, Integer port, String path,
        List<Parameter> parameters, String redacted) {

    /** What a redacted password reads as (Atlas uses the same). */
    static final String MASK = "xxxxx";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;][^=&;?]*password=)[^&;]*");

    /**
     * One query parameter.
     *
     * @param name the decoded name
     * @param value the decoded value
     */
    record Parameter(String name, String value) {
    }

    /**
     * The scheme of {@code text} in lower case ({@code jdbc:} and the driver's name together for JDBC
     * URLs), or {@code null} when {@code text} does not start with one.
     */
    static String schemeOf(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(text.substring(0, colon)).matches()) {
            return null;
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (scheme.equals("jdbc")) {
            int second = text.indexOf(':', colon + 1);
            if (second < 0 || !SCHEME.matcher(text.substring(colon + 1, second)).matches()) {
                return null;
            }
            return text.substring(0, second).toLowerCase(Locale.ROOT);
        }
        return scheme;
    }

    /**
     * {@code text} with anything that may be a password replaced by {@code xxxxx}, for URLs that did
     * not parse: everything from the first {@code :} of what may be the user information to the last
     * {@code @}, and the value of every parameter whose name contains {@code password}. It may hide
     * more than the password; it never shows less.
     */
    static String redactLoosely(String text) {
        String redacted = text;
        int at = text.lastIndexOf('@');
        int slashes = text.indexOf("//");
        int colon = slashes >= 0 && slashes < at ? text.indexOf(':', slashes + 2) : text.indexOf(':');
        if (colon >= 0 && colon < at) {
            redacted = text.substring(0, colon + 1) + MASK + text.substring(at);
        }
        return PASSWORD_PARAMETER.matcher(redacted).replaceAll("$1" + MASK);
    }

    /**
     * Splits {@code text}, whose scheme {@link #schemeOf} found to be {@code scheme}.
     *
     * @throws InvalidUrlException when a part is malformed
     */
    static UrlParts parse(String text, String scheme) {
        String writtenScheme = text.substring(0, scheme.length());
        String rest = text.substring(scheme.length() + 1);
        if (!rest.startsWith("//")) {
            throw invalid(text, "expected " + scheme + "://HOST/DATABASE");
        }
        rest = rest.substring(2);
        if (rest.indexOf('#') >= 0) {
            throw invalid(text, "a database URL has no #fragment; percent-encode a '#' in a user name or password as %23");
        }
        int authorityEnd = firstOf(rest, '/', '?');
        String authority = rest.substring(0, authorityEnd);
        int queryStart = rest.indexOf('?', authorityEnd);
        String rawPath = rest.substring(authorityEnd, queryStart < 0 ? rest.length() : queryStart);
        String rawQuery = queryStart < 0 ? null : rest.substring(queryStart + 1);
        if (rawPath.indexOf('@') >= 0) {
            throw invalid(text, "'@' after the host; percent-encode '@' and '/' in a user name or password"
                    + " (as %40 and %2F)");
        }

        int at = authority.lastIndexOf('@');
        String rawUserInfo = at < 0 ? null : authority.substring(0, at);
        String hostPort = authority.substring(at + 1);
        String rawUser = null;
        String rawPassword = null;
        if (rawUserInfo != null) {
            int colon = rawUserInfo.indexOf(':');
            rawUser = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
            rawPassword = colon < 0 ? null : rawUserInfo.substring(colon + 1);
        }

        StringBuilder redacted = new StringBuilder(writtenScheme).append("://");
        if (rawUserInfo != null) {
            redacted.append(rawUser).append(rawPassword == null ? "" : ":" + MASK).append('@');
        }
        redacted.append(hostPort).append(rawPath);
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery != null) {
            redacted.append('?').append(parseQuery(text, rawQuery, parameters));
        }

        String host;
        String rawPort;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0 || (close + 1 < hostPort.length() && hostPort.charAt(close + 1) != ':')) {
                throw invalid(text, "malformed IPv6 host \"" + hostPort + "\"");
            }
            host = hostPort.substring(1, close);
            rawPort = close + 1 < hostPort.length() ? hostPort.substring(close + 2) : null;
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            rawPort = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        Integer port = rawPort == null || rawPort.isEmpty() ? null : port(text, rawPort);
        String path = rawPath.isEmpty() ? "" : decode(text, rawPath.substring(1), "path");
        return new UrlParts(scheme, rawUser == null ? null : decode(text, rawUser, "user name"),
                rawPassword == null ? null : decode(text, rawPassword, "password"),
                decode(text, host, "host"), port, path, List.copyOf(parameters), redacted.toString());
    }

    /** The value of parameter {@code name}, or {@code null}. */
    String parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst().orElse(null);
    }

    /**
     * Refuses what a URL of a server atlasj starts itself cannot hold: a user, a password, a port, or
     * a parameter other than {@code search_path}.
     *
     * @param what the kind of URL, for messages: {@code "an embedded server"}
     */
    void requireStartedServer(String text, String what) {
        if (user != null || port != null) {
            throw invalid(text, what + " takes no user, password or port");
        }
        parameters.stream().filter(p -> !p.name().equals("search_path")).findFirst().ifPresent(p -> {
            throw invalid(text, what + " takes no parameter \"" + p.name() + "\" (search_path is the only one)");
        });
    }

    /**
     * The schema the {@code search_path} parameter scopes the URL to, as a list of none or one: the
     * name taken as written (not case-folded).
     *
     * @throws InvalidUrlException when the parameter names several schemas
     */
    List<String> searchPath(String text) {
        String value = parameter("search_path");
        if (value != null && value.contains(",")) {
            throw invalid(text, "search_path names one schema; to inspect several, leave it out and name each with --schema");
        }
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    @Override
    public String toString() {
        return redacted;
    }

    private static String parseQuery(String text, String rawQuery, List<Parameter> into) {
        List<String> redacted = new ArrayList<>();
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                redacted.add(pair);
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw invalid(text, "a query parameter is not NAME=VALUE (a '?' or '&' in a password must be"
                        + " percent-encoded, as %3F and %26)");
            }
            String name = decode(text, pair.substring(0, eq), "parameter name");
            if (into.stream().anyMatch(p -> p.name().equals(name))) {
                throw invalid(text, "parameter \"" + name + "\" is given twice");
            }
            into.add(new Parameter(name, decode(text, pair.substring(eq + 1), "parameter " + name)));
            redacted.add(isSecret(name) ? pair.substring(0, eq + 1) + MASK : pair);
        }
        return String.join("&", redacted);
    }

    /** Whether a parameter holds a secret that must never be shown: {@code password}, {@code sslpassword}, … */
    static boolean isSecret(String parameterName) {
        return parameterName.toLowerCase(Locale.ROOT).contains("password");
    }

    private static int port(String text, String raw) {
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9') || raw.length() > 5 || Integer.parseInt(raw) == 0
                || Integer.parseInt(raw) > 65535) {
            throw invalid(text, "the port is not a number from 1 to 65535");
        }
        return Integer.parseInt(raw);
    }

    private static String decode(String text, String raw, String what) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    throw invalid(text, "the " + what + " has a '%' that is not followed by two hex digits");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                out.append(bytes.toString(StandardCharsets.UTF_8)).append(c);
                bytes.reset();
            }
        }
        return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }

    private static int firstOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return s.length();
    }

    static InvalidUrlException invalid(String text, String problem) {
        return new InvalidUrlException("invalid URL " + redactLoosely(text) + ": " + problem);
    }
}
