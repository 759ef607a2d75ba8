package dev.gemba.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BulkInsertTest {

    @Test
    void insertsSeveralRowsInOneStatement() {
        assertEquals(
                "insert into work_item (id, kind) values (?, ?), (?, ?), (?, ?)",
                BulkInsert.sql("work_item", List.of("id", "kind"), 3));
    }

    @Test
    void mergesOnlyRowsWhoseKeyIsNotStored() {
        assertEquals(
                "merge into feedback t using (values (?, ?), (?, ?)) v (id, external_id) on t.external_id ="
                        + " v.external_id when not matched then insert (id, external_id) values (v.id, v.external_id)",
                BulkInsert.merge("feedback", List.of("id", "external_id"), 2, "external_id"));
    }
}
