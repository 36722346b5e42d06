/**
 * The internals of {@link dev.atlasj.postgres.PostgresDiffRules}: {@link
 * dev.atlasj.postgres.internal.diff.RealmNormalizer} and {@code TableNormalizer} walk the model; SQL
 * expressions go through a lexer ({@code ExpressionLexer}), a parser by PostgreSQL's precedence
 * ({@code ExpressionParser} into {@code Expr}), the rewrites of {@code Canonicalizer} and back out
 * through {@code ExpressionPrinter}, or token by token ({@code TokenPrinter}) when the parser does not
 * read them; {@link dev.atlasj.postgres.internal.diff.ImplicitNames} knows the names PostgreSQL chooses.
 *
 * <p>Not an API: {@link dev.atlasj.postgres.PostgresDiffRules} is the way in.
 */
package dev.atlasj.postgres.internal.diff;
