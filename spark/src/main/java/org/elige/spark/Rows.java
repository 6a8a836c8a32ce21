package org.elige.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Rows made lazily from records, a record's rows at a time: a partition is never held whole. */
final class Rows<S, R> implements Iterator<R> {
    private final Iterator<S> records;
    private final Function<S, List<R>> rows;
    private Iterator<R> current = Collections.emptyIterator();

    Rows(Iterator<S> records, Function<S, List<R>> rows) {
        this.records = records;
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && records.hasNext()) {
            current = rows.apply(records.next()).iterator();
        }
        return current.hasNext();
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
