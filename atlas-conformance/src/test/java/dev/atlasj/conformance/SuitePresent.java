package dev.atlasj.conformance;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the conformance tests only where the suite folder exists. It is test data from other
 * projects that lives beside the repository, not in it, so a checkout without it skips them, under
 * {@code CI=true} as well; with it they always run.
 */
final class SuitePresent implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        SuiteLocation location = SuiteLocation.current();
        return location.present()
                ? ConditionEvaluationResult.enabled("conformance suite found at " + location)
                : ConditionEvaluationResult.disabled("conformance suite not found at " + location
                        + "; put it there or pass -D" + SuiteLocation.FOLDER_PROPERTY + "=PATH to run these tests");
    }
}
