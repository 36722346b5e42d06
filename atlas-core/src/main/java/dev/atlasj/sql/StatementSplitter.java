package dev.atlasj.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a SQL script into statements with a lexer that knows the dialect's quotes, comments and block
 * bodies, so a semicolon inside a string, a dollar-quoted function body or a trigger's
 * {@code BEGIN … END} does not end a statement. Every statement keeps the line it starts on.
 */
public final class StatementSplitter {

    private final String src;
    private final SqlSyntax syntax;
    private final List<Statement> statements = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private String delimiter;
    private int pos;
    private int line = 1;
    private int start = -1;
    private int startLine;
    private int lineStart;
    private int depth;
    private final List<String> words = new ArrayList<>();
    private String previousWord = "";

    private StatementSplitter(String src, SqlSyntax syntax, String delimiter) {
        this.src = src;
        this.syntax = syntax;
        this.delimiter = delimiter;
    }

    /** The statements of {@code script}, ended by {@code ;}. */
    public static List<Statement> split(String script, SqlSyntax syntax) {
        return split(script, syntax, ";");
    }

    /**
     * The statements of {@code script}, ended by {@code delimiter} (as set by an
     * {@code -- atlas:delimiter} directive).
     *
     * @throws SqlSyntaxException when a quote, comment or block is never closed
     */
    public static List<Statement> split(String script, SqlSyntax syntax, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("the statement delimiter cannot be empty");
        }
        StatementSplitter s = new StatementSplitter(script.startsWith("\uFEFF") ? script.substring(1) : script, syntax,
                delimiter);
        s.run();
        return List.copyOf(s.statements);
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (start < 0 && syntax == SqlSyntax.MYSQL && atDelimiterCommand()) {
                continue;
            }
            if (depth == 0 && src.startsWith(delimiter, pos)) {
                finish(pos, delimiter);
                for (int end = pos + delimiter.length(); pos < end; pos++) {
                    if (src.charAt(pos) == '\n') {
                        line++;
                        lineStart = pos + 1;
                    }
                }
                continue;
            }
            if (c == '\n') {
                if (start < 0 && src.substring(lineStart, pos).isBlank()) {
                    comments.clear();
                }
                line++;
                pos++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (startsLineComment()) {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else {
                begin();
                if (c == '\'') {
                    quoted('\'', syntax == SqlSyntax.MYSQL, "string");
                } else if (c == '"') {
                    quoted('"', syntax == SqlSyntax.MYSQL, syntax == SqlSyntax.MYSQL ? "string" : "quoted identifier");
                } else if (c == '`' && syntax == SqlSyntax.MYSQL) {
                    quoted('`', false, "quoted identifier");
                } else if (syntax == SqlSyntax.POSTGRES && (c == 'E' || c == 'e') && peek(1) == '\'' && !identifierBefore()) {
                    pos++;
                    quoted('\'', true, "string");
                } else if (syntax == SqlSyntax.POSTGRES && c == '$' && dollarQuote()) {
                    continue;
                } else if (Character.isLetter(c) || c == '_') {
                    word();
                } else {
                    pos++;
                }
            }
        }
        if (depth > 0) {
            throw new SqlSyntaxException(startLine, "the block that starts here is never closed with END");
        }
        finish(src.length(), "");
    }

    private void begin() {
        if (start < 0) {
            start = pos;
            startLine = line;
        }
    }

    private void finish(int end, String terminator) {
        if (start >= 0) {
            String text = src.substring(start, end).strip();
            if (!text.isEmpty()) {
                statements.add(new Statement(text, startLine, comments, terminator));
            }
        }
        comments.clear();
        words.clear();
        previousWord = "";
        start = -1;
    }

    private boolean startsLineComment() {
        char c = src.charAt(pos);
        if (c == '-' && peek(1) == '-') {
            return syntax == SqlSyntax.POSTGRES || peek(2) == '\0' || Character.isWhitespace(peek(2));
        }
        return c == '#' && syntax == SqlSyntax.MYSQL;
    }

    private void lineComment() {
        int end = src.indexOf('\n', pos);
        end = end < 0 ? src.length() : end;
        if (start < 0) {
            comments.add(src.substring(pos, end).strip());
        }
        pos = end;
    }

    private void blockComment() {
        int commentLine = line;
        int from = pos;
        int nesting = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                nesting++;
                pos += 2;
                if (syntax == SqlSyntax.MYSQL && nesting > 1) {
                    nesting = 1;
                }
            } else if (c == '*' && peek(1) == '/') {
                nesting--;
                pos += 2;
                if (nesting == 0) {
                    if (start < 0) {
                        comments.add(src.substring(from, pos));
                    }
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
        throw new SqlSyntaxException(commentLine, "the comment that starts here is never closed with */");
    }

    private void quoted(char quote, boolean backslashEscapes, String what) {
        int quoteLine = line;
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (backslashEscapes && c == '\\') {
                if (peek(1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                previousWord = "";
                return;
            }
            pos++;
        }
        throw new SqlSyntaxException(quoteLine, "the " + what + " that starts here is never closed with " + quote);
    }

    /** Reads a {@code $tag$…$tag$} body when one starts here; returns false for a {@code $1} parameter. */
    private boolean dollarQuote() {
        if (identifierBefore()) {
            pos++;
            return true;
        }
        int end = pos + 1;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) {
            end++;
        }
        if (end >= src.length() || src.charAt(end) != '$' || (end > pos + 1 && Character.isDigit(src.charAt(pos + 1)))) {
            pos++;
            return true;
        }
        String tag = src.substring(pos, end + 1);
        int close = src.indexOf(tag, end + 1);
        if (close < 0) {
            throw new SqlSyntaxException(line, "the dollar-quoted body " + tag + " that starts here is never closed");
        }
        for (int i = pos; i < close + tag.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        pos = close + tag.length();
        previousWord = "";
        return true;
    }

    private void word() {
        int from = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                || src.charAt(pos) == '$') && !(syntax == SqlSyntax.MYSQL && pos > from && src.startsWith(delimiter, pos))) {
            pos++;
        }
        String w = src.substring(from, pos).toUpperCase(Locale.ROOT);
        if (words.size() < 8) {
            words.add(w);
        }
        if (syntax == SqlSyntax.POSTGRES) {
            if (w.equals("ATOMIC") && previousWord.equals("BEGIN")) {
                depth++;
            } else if (depth > 0 && w.equals("CASE")) {
                depth++;
            } else if (depth > 0 && w.equals("END")) {
                depth--;
            }
        } else if (routineBody()) {
            boolean afterEnd = previousWord.equals("END");
            if (afterEnd && (w.equals("IF") || w.equals("LOOP") || w.equals("WHILE") || w.equals("REPEAT"))) {
                depth++;
            } else if (afterEnd && w.equals("CASE")) {
                previousWord = w;
                return;
            } else if (w.equals("BEGIN") || w.equals("CASE")) {
                depth++;
            } else if (w.equals("END") && depth > 0) {
                depth--;
            }
        }
        previousWord = w;
    }

    /** Whether the statement so far creates a MySQL routine, trigger or event, whose body may hold compound statements. */
    private boolean routineBody() {
        if (words.isEmpty() || !words.get(0).equals("CREATE")) {
            return false;
        }
        for (String w : words) {
            if (w.equals("PROCEDURE") || w.equals("FUNCTION") || w.equals("TRIGGER") || w.equals("EVENT")) {
                return true;
            }
        }
        return false;
    }

    /** Handles the mysql client's {@code DELIMITER xx} command, which is not SQL and is not a statement. */
    private boolean atDelimiterCommand() {
        if (!src.regionMatches(true, pos, "DELIMITER", 0, 9) || pos + 9 >= src.length()
                || !Character.isWhitespace(src.charAt(pos + 9)) || src.charAt(pos + 9) == '\n') {
            return false;
        }
        int end = src.indexOf('\n', pos);
        end = end < 0 ? src.length() : end;
        String value = src.substring(pos + 9, end).strip();
        if (value.isEmpty()) {
            throw new SqlSyntaxException(line, "DELIMITER needs a delimiter");
        }
        delimiter = value;
        comments.clear();
        pos = end;
        return true;
    }

    private boolean identifierBefore() {
        if (pos == 0) {
            return false;
        }
        char b = src.charAt(pos - 1);
        return Character.isLetterOrDigit(b) || b == '_' || b == '$';
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }
}
