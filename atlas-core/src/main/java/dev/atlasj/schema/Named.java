package dev.atlasj.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Helpers the model uses to keep its lists sorted, unique and searchable by name. */
final class Named {

    private Named() {
    }

    static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream()
                .sorted(Comparator.comparing(name, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    static <T> List<T> unique(String what, String owner, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String n = name.apply(item);
            if (n != null && !seen.add(n)) {
                throw new IllegalArgumentException(owner + " has two " + what + "s named \"" + n + "\"");
            }
        }
        return items;
    }

    static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        for (T item : items) {
            if (wanted.equals(name.apply(item))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
