package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.conformance.ConformanceCase.Setup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SuitePresent.class)
class SqldefCasesTest {

    private static final List<ConformanceCase> MYSQL =
            SqldefCases.read(SuiteLocation.current().folder(), DialectUnderTest.MYSQL);

    @Test
    void theMySqlCasesAreTheIndexsWithMariaDb1011sApplicability() {
        assertThat(MYSQL).hasSize(313).allSatisfy(c -> {
            assertThat(c.suite()).isEqualTo(Suite.SQLDEF_MYSQL);
            assertThat(c.setup()).isEqualTo(Setup.PLAIN);
        });
        assertThat(MYSQL.stream().filter(ConformanceCase::applicable)).hasSize(259);
        assertThat(MYSQL.stream().filter(c -> c.name().equals("CreateVectorIndex")))
                .singleElement().extracting(ConformanceCase::skipReason).isEqualTo("needs MariaDB>=11.7 (VECTOR)");
    }

    @Test
    void aCaseWithoutCurrentStartsEmpty() {
        assertThat(MYSQL.stream().filter(c -> c.start().get(0).isEmpty())).isNotEmpty()
                .allSatisfy(c -> assertThat(c.target()).isNotNull());
    }

    @Test
    void eachDialectReadsItsOwnSuite() {
        assertThat(SqldefCases.read(SuiteLocation.current().folder(), DialectUnderTest.POSTGRES))
                .hasSize(838).extracting(ConformanceCase::suite).containsOnly(Suite.SQLDEF_POSTGRES);
    }
}
