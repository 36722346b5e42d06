package dev.atlasj.mysql.internal.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlasj.InspectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerVersionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.11.19-MariaDB-0+deb12u1 | Debian 12                   | MariaDB 10.11.19",
        "10.6.0-MariaDB             | mariadb.org binary           | MariaDB 10.6.0",
        "11.4.5-MariaDB             | MariaDB Server               | MariaDB 11.4.5",
        "8.0.36                     | MySQL Community Server - GPL | MySQL 8.0.36",
        "8.4.3-commercial           | MySQL Enterprise Server      | MySQL 8.4.3",
        "9.1.0                      | MySQL Community Server - GPL | MySQL 9.1.0",
    })
    void readsAndAcceptsSupportedServers(String version, String comment, String expected) {
        assertThat(ServerVersion.parse(version, comment).requireSupported()).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5.7.44-log          | MySQL Community Server (GPL) | MySQL 5.7.44",
        "10.5.27-MariaDB     | mariadb.org binary           | MariaDB 10.5.27",
    })
    void refusesOlderServersNamingTheVersion(String version, String comment, String named) {
        assertThatThrownBy(() -> ServerVersion.parse(version, comment).requireSupported())
                .isInstanceOf(InspectionException.class)
                .hasMessage(named + " is not supported: atlasj needs MySQL 8.0 or newer, or MariaDB 10.6 or newer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8.0.36 | Percona Server (GPL) | false", "10.11.6 | MariaDB Server | true"})
    void tellsTheFlavorFromTheVersionOrItsComment(String version, String comment, boolean mariaDb) {
        assertThat(ServerVersion.parse(version, comment).mariaDb()).isEqualTo(mariaDb);
    }

    @Test
    void refusesAVersionItCannotRead() {
        assertThatThrownBy(() -> ServerVersion.parse("unknown", null))
                .isInstanceOf(InspectionException.class)
                .hasMessage("cannot read the server's version from @@version \"unknown\"");
    }

    @Test
    void gatesWhatOlderMySqlReleasesLack() {
        assertThat(ServerVersion.parse("8.0.12", "MySQL").hasFunctionalIndexes()).isFalse();
        assertThat(ServerVersion.parse("8.0.13", "MySQL").hasFunctionalIndexes()).isTrue();
        assertThat(ServerVersion.parse("8.0.15", "MySQL").hasChecks()).isFalse();
        assertThat(ServerVersion.parse("8.4.0", "MySQL").hasChecks()).isTrue();
        assertThat(ServerVersion.parse("10.6.0-MariaDB", "").hasChecks()).isTrue();
        assertThat(ServerVersion.parse("10.6.0-MariaDB", "").hasFunctionalIndexes()).isFalse();
    }
}
