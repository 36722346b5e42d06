-- Triggers, with their place among the triggers of the same table, timing and event.
SELECT EVENT_OBJECT_SCHEMA AS schema_name, TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS table_name,
       ACTION_TIMING AS timing, EVENT_MANIPULATION AS event, ACTION_ORDER AS action_order,
       ACTION_STATEMENT AS body, DEFINER AS definer
FROM information_schema.TRIGGERS
WHERE {scope:EVENT_OBJECT_SCHEMA}
