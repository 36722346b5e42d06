package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.conformance.ConformanceCase.Setup;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final ConformanceCase DROP_TABLE = new ConformanceCase(Suite.SQLDEF_POSTGRES, "tests_tables.yml",
            "DropTable", List.of("CREATE TABLE t (a int);"), "", Setup.PLAIN, null);

    private static final Baseline BASELINE = Baseline.parse("""
            # comment
            suite\tcase\tdirection\toutcome\treason
            sqldef-postgres\tDropTable\tA→B\tPASS\t
            sqldef-postgres\tDropTable\tB→A\tFAIL\tplan refused: no
            """, "test baseline");

    @Test
    void sameOutcomeMatchesEvenForAnotherReason() {
        assertThat(BASELINE.mismatch(result(Direction.A_TO_B, Outcome.PASS, Reason.NONE))).isEmpty();
        assertThat(BASELINE.mismatch(result(Direction.B_TO_A, Outcome.FAIL, Reason.of("statement failed", "boom"))))
                .isEmpty();
    }

    @Test
    void aPassThatFailsIsWorse() {
        assertThat(BASELINE.mismatch(result(Direction.A_TO_B, Outcome.FAIL, Reason.of("plan refused", "no"))))
                .hasValueSatisfying(m -> assertThat(m).startsWith("worse than the baseline, which was PASS"));
    }

    @Test
    void aFailureThatPassesIsBetterAndAsksForAnUpdate() {
        assertThat(BASELINE.mismatch(result(Direction.B_TO_A, Outcome.PASS, Reason.NONE)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("better than the baseline")
                        .contains("-Datlasj.conformance.update=true"));
    }

    @Test
    void aCaseMissingFromTheBaselineAsksForAnUpdate() {
        ConformanceCase other = new ConformanceCase(Suite.MIGRA, "seq", "seq", List.of(""), "", Setup.PLAIN, null);
        assertThat(BASELINE.mismatch(new Result(other, Direction.A_TO_B, Outcome.PASS, Reason.NONE)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("not in the baseline"));
    }

    @Test
    void anUpdateRecordsWhatRanKeepsWhatDidNotAndForgetsWhatIsGone() {
        Baseline.Key forward = new Baseline.Key(Suite.SQLDEF_POSTGRES, "DropTable", Direction.A_TO_B);
        Baseline.Key backward = new Baseline.Key(Suite.SQLDEF_POSTGRES, "DropTable", Direction.B_TO_A);
        Baseline updated = BASELINE.updatedWith(List.of(result(Direction.B_TO_A, Outcome.PASS, Reason.NONE)),
                List.of(backward));

        assertThat(updated.entries()).extracting(Baseline.Entry::key).containsExactly(backward);
        assertThat(updated.entries().get(0).outcome()).isEqualTo(Outcome.PASS);
        assertThat(BASELINE.updatedWith(List.of(), List.of(forward, backward)).entries())
                .extracting(Baseline.Entry::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
    }

    @Test
    void writtenTextReadsBackTheSame() {
        assertThat(Baseline.parse(BASELINE.text(), "rewritten").entries()).isEqualTo(BASELINE.entries());
    }

    @Test
    void aMalformedLineIsNamed() {
        assertThatThrownBy(() -> Baseline.parse("suite\tcase\tdirection\toutcome\treason\nmigra\tseq\tA→B\n", "b.tsv"))
                .hasMessage("b.tsv:2 has 3 cells instead of 5 (suite, case, direction, outcome, reason)");
        assertThatThrownBy(() -> Baseline.parse("header\nmigra\tseq\tA→B\tGREAT\t\n", "b.tsv"))
                .hasMessageStartingWith("b.tsv:2: ");
    }

    private static Result result(Direction direction, Outcome outcome, Reason reason) {
        return new Result(DROP_TABLE, direction, outcome, reason);
    }
}
