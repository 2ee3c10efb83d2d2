package org.replyarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private static final List<Integer> FORTY_FIVE = IntStream.rangeClosed(1, 45).boxed().toList();

    @Test
    void splitsIntoFullPagesAndARest() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(FORTY_FIVE, 20);

        assertEquals(List.of(1, 2, 3), pages.stream().map(Pagination.Slice::number).toList());
        assertEquals(List.of(20, 20, 5), pages.stream().map(p -> p.items().size()).toList());
        assertEquals(List.of(41, 42, 43, 44, 45), pages.get(2).items());
        assertTrue(pages.stream().allMatch(p -> p.pageCount() == 3));
    }

    @Test
    void firstPageHasOnlyANextAndLastOnlyAPrevious() {
        List<Pagination.Slice<Integer>> pages = Pagination.paginate(FORTY_FIVE, 20);

        assertEquals(List.of(false, true, true), pages.stream().map(Pagination.Slice::hasPrevious).toList());
        assertEquals(List.of(true, true, false), pages.stream().map(Pagination.Slice::hasNext).toList());
    }

    @Test
    void aListThatFitsHasOnePage() {
        assertEquals(List.of(new Pagination.Slice<>(1, 1, FORTY_FIVE.subList(0, 20))),
                Pagination.paginate(FORTY_FIVE.subList(0, 20), 20));
    }

    @Test
    void anEmptyListStillHasPageOne() {
        Pagination.Slice<Integer> only = Pagination.paginate(List.<Integer>of(), 20).get(0);

        assertEquals(new Pagination.Slice<>(1, 1, List.of()), only);
        assertFalse(only.hasNext());
    }

    @Test
    void refusesPagesOfNoItems() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pagination.paginate(FORTY_FIVE, 0));
        assertEquals("pageSize must be >= 1, got 0", e.getMessage());
    }
}
