package dev.atlasj.mysql.internal.plan;

import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_EVENT;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_ORDER;
import static dev.atlasj.mysql.MySqlAttributes.TRIGGER_TIMING;

import dev.atlasj.PlanException;
import dev.atlasj.diff.SchemaChange;
import dev.atlasj.diff.SchemaChange.AddObject;
import dev.atlasj.diff.SchemaChange.DropObject;
import dev.atlasj.diff.SchemaChange.ModifyObject;
import dev.atlasj.schema.Routine;
import dev.atlasj.schema.SchemaObject;
import dev.atlasj.schema.Trigger;
import dev.atlasj.schema.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans views, routines and triggers. MySQL has no {@code CREATE OR REPLACE} for routines and
 * triggers, so a changed one is dropped with the objects that go and created again with the new ones;
 * a changed view is replaced in place. Views are created after the views they select from and dropped
 * before them; triggers are created in their order of firing.
 */
final class ObjectChanges {

    private final List<Placed<View>> createdViews = new ArrayList<>();
    private final List<Placed<View>> droppedViews = new ArrayList<>();
    private final List<Placed<Trigger>> createdTriggers = new ArrayList<>();

    /** An object with its schema and the change behind it. */
    private record Placed<T extends SchemaObject>(String schema, T object, SchemaChange source, T replaced) {
    }

    private ObjectChanges() {
    }

    static void plan(List<SchemaChange> changes, PlanBuilder plan) {
        ObjectChanges objects = new ObjectChanges();
        for (SchemaChange change : changes) {
            if (change instanceof AddObject add) {
                objects.add(add.schema(), add.object(), add, null, plan);
            } else if (change instanceof DropObject drop) {
                objects.drop(drop.schema(), drop.object(), drop, plan);
            } else if (change instanceof ModifyObject modify) {
                if (modify.to() instanceof View) {
                    objects.add(modify.schema(), modify.to(), modify, modify.from(), plan);
                } else {
                    objects.drop(modify.schema(), modify.from(), modify, plan);
                    objects.add(modify.schema(), modify.to(), modify, null, plan);
                }
            }
        }
        List<Placed<View>> dropped = dependenciesFirst(objects.droppedViews);
        for (int i = dropped.size() - 1; i >= 0; i--) {
            Placed<View> v = dropped.get(i);
            plan.add(Phase.DROP_OBJECTS, v.source(), ObjectDdl.dropView(v.schema(), v.object()));
        }
        for (Placed<View> v : dependenciesFirst(objects.createdViews)) {
            plan.add(Phase.VIEWS, v.source(), v.replaced() == null ? ObjectDdl.createView(v.schema(), v.object())
                    : ObjectDdl.replaceView(v.schema(), v.replaced(), v.object()));
        }
        objects.createdTriggers.sort(Comparator.comparing((Placed<Trigger> t) -> t.schema())
                .thenComparing(t -> t.object().table())
                .thenComparing(t -> String.valueOf(t.object().attributes().get(TRIGGER_TIMING)))
                .thenComparing(t -> String.valueOf(t.object().attributes().get(TRIGGER_EVENT)))
                .thenComparingInt(t -> t.object().attributes().getOrDefault(TRIGGER_ORDER, 1)));
        for (Placed<Trigger> t : objects.createdTriggers) {
            plan.add(Phase.TRIGGERS, t.source(), ObjectDdl.createTrigger(t.schema(), t.object(), null));
        }
    }

    private void add(String schema, SchemaObject object, SchemaChange source, SchemaObject replaced, PlanBuilder plan) {
        if (object instanceof View view && !view.materialized()) {
            createdViews.add(new Placed<>(schema, view, source, (View) replaced));
        } else if (object instanceof Routine routine) {
            plan.add(Phase.ROUTINES, source, ObjectDdl.createRoutine(schema, routine));
        } else if (object instanceof Trigger trigger) {
            createdTriggers.add(new Placed<>(schema, trigger, source, null));
        } else {
            throw unsupported(schema, object);
        }
    }

    private void drop(String schema, SchemaObject object, SchemaChange source, PlanBuilder plan) {
        if (object instanceof View view && !view.materialized()) {
            droppedViews.add(new Placed<>(schema, view, source, null));
        } else if (object instanceof Routine routine) {
            plan.add(Phase.DROP_OBJECTS, source, ObjectDdl.dropRoutine(schema, routine));
        } else if (object instanceof Trigger trigger) {
            plan.add(Phase.DROP_OBJECTS, source, ObjectDdl.dropTrigger(schema, trigger));
        } else {
            throw unsupported(schema, object);
        }
    }

    private static PlanException unsupported(String schema, SchemaObject object) {
        return new PlanException("MySQL and MariaDB have no " + object.objectType() + " like " + schema + "."
                + object.name() + ": the MySQL planner writes tables, views, routines and triggers only");
    }

    /**
     * The views in an order where each comes after the views it selects from (among these), so that
     * they are created in this order and dropped in the opposite one. A view selects from another when
     * its definition names it; a cycle, which the server would refuse anyway, keeps the given order.
     */
    private static List<Placed<View>> dependenciesFirst(List<Placed<View>> views) {
        List<Placed<View>> order = new ArrayList<>();
        Set<Placed<View>> done = new HashSet<>();
        for (Placed<View> view : views) {
            visit(view, views, done, new LinkedHashSet<>(), order);
        }
        return order;
    }

    /** Post-order over "selects from": what a view selects from comes out before it. */
    private static void visit(Placed<View> view, List<Placed<View>> views, Set<Placed<View>> done,
            Set<Placed<View>> path, List<Placed<View>> order) {
        if (done.contains(view) || !path.add(view)) {
            return;
        }
        for (Placed<View> other : views) {
            if (other != view && other.schema().equals(view.schema()) && mentions(view.object().definition(), other.object().name())) {
                visit(other, views, done, path, order);
            }
        }
        path.remove(view);
        done.add(view);
        order.add(view);
    }

    private static boolean mentions(String definition, String name) {
        return definition.contains("`" + name.replace("`", "``") + "`") || Pattern.compile(
                "(?<![\\w$`])" + Pattern.quote(name) + "(?![\\w$`])", Pattern.CASE_INSENSITIVE).matcher(definition).find();
    }
}
