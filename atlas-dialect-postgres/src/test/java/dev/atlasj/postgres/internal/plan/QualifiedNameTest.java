package dev.atlasj.postgres.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QualifiedNameTest {

    @Test
    void readsQualifiedAndUnqualifiedNames() {
        assertThat(QualifiedName.parse("public.events", "app")).isEqualTo(new QualifiedName("public", "events"));
        assertThat(QualifiedName.parse("events", "app")).isEqualTo(new QualifiedName("app", "events"));
    }

    @Test
    void readsQuotedPartsWithDotsAndQuotes() {
        assertThat(QualifiedName.parse("\"My.Schema\".\"Say \"\"hi\"\"\"", null))
                .isEqualTo(new QualifiedName("My.Schema", "Say \"hi\""));
    }

    @Test
    void takesUnquotedPartsAsWritten() {
        assertThat(QualifiedName.parse("Sales.Events", null)).isEqualTo(new QualifiedName("Sales", "Events"));
    }

    @Test
    void writesSqlQuotedAsNeeded() {
        assertThat(new QualifiedName("Sales", "order").sql()).isEqualTo("\"Sales\".\"order\"");
        assertThat(new QualifiedName(null, "text_pattern_ops").sql()).isEqualTo("text_pattern_ops");
    }

    @Test
    void rejectsWhatIsNotAName() {
        assertThatThrownBy(() -> QualifiedName.parse("a.b.c", null)).hasMessageContaining("a.b.c");
        assertThatThrownBy(() -> QualifiedName.parse("\"open", null)).hasMessageContaining("\"open");
        assertThatThrownBy(() -> QualifiedName.parse("a.", null)).hasMessageContaining("a.");
    }
}
