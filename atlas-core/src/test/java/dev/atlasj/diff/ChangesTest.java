package dev.atlasj.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.diff.SchemaChange.AddExtension;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.AddSchema;
import dev.atlasj.diff.SchemaChange.AddTable;
import dev.atlasj.schema.Attributes;
import dev.atlasj.schema.Column;
import dev.atlasj.schema.ColumnType;
import dev.atlasj.schema.EnumType;
import dev.atlasj.schema.Extension;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.schema.Sequence;
import dev.atlasj.schema.Table;
import dev.atlasj.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void theEmptyRealmNeedsNoChange() {
        assertThat(Changes.toCreate(Realm.empty())).isEmpty();
    }

    @Test
    void createsEveryObjectOnceInTheRealmsOrder() {
        Table users = Table.builder("users").column(Column.of("id", ColumnType.of("integer"))).build();
        Table orders = Table.builder("orders").column(Column.of("id", ColumnType.of("integer"))).build();
        EnumType mood = EnumType.of("mood", "happy", "sad");
        Sequence ids = Sequence.of("ids");
        View active = View.of("active", "SELECT 1");
        Schema app = Schema.builder("app").table(users).table(orders).enumType(mood).sequence(ids).view(active).build();
        Schema empty = Schema.named("archive");
        Extension trgm = new Extension("pg_trgm", "app", "1.6", null);
        Realm realm = new Realm(List.of(app, empty), List.of(trgm), Attributes.empty());

        assertThat(Changes.toCreate(realm)).containsExactly(
                new AddExtension(trgm),
                new AddSchema(app),
                new AddObject("app", mood),
                new AddObject("app", ids),
                new AddTable("app", orders),
                new AddTable("app", users),
                new AddObject("app", active),
                new AddSchema(empty));
    }
}
