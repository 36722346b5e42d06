package dev.atlasj.plan;

import java.util.Objects;

/**
 * How a plan is applied.
 *
 * @param destructiveChangesAllowed whether changes that drop a schema, table or column may run
 * @param txMode how statements are grouped into transactions
 */
public record ApplyOptions(boolean destructiveChangesAllowed, TxMode txMode) {

    public ApplyOptions {
        Objects.requireNonNull(txMode, "txMode");
    }

    /** The safe defaults: destructive changes refused, one transaction for the plan. */
    public static ApplyOptions defaults() {
        return new ApplyOptions(false, TxMode.FILE);
    }

    /** These options, letting changes that drop schemas, tables or columns run. */
    public ApplyOptions allowDestructiveChanges() {
        return new ApplyOptions(true, txMode);
    }

    /** These options with another transaction mode. */
    public ApplyOptions withTxMode(TxMode txMode) {
        return new ApplyOptions(destructiveChangesAllowed, txMode);
    }
}
