package io.pactwatch.yaml;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * snakeyaml-engine's composer, keeping of each node only what {@link Mapping} reads: its value, style and the
 * line and column where it starts. The stock node tree of a registry file is thirty times the file (two marks per
 * node, each holding on to a window of the input, and two empty comment lists per scalar); a tree that big outlives
 * the young generation while the file is read, and loading a million commitments became mostly garbage collection
 * (docs/benchmarks.md). This tree is 57% of that. Parsing itself, and every error it reports with its line and column, is the
 * library's, unchanged.
 */
final class LeanComposer extends Composer {

    /**
     * The deepest nesting of collections a file may have. The library's composer recurses once per level and has
     * no limit of its own: 2,000 levels overflowed the thread's stack. A commitment is four levels deep; the
     * registry's deepest key is at six.
     */
    static final int MAX_NESTING_DEPTH = 64;
    /** The longest scalar, in characters: a title or a quote is a few hundred; anything near this is an accident. */
    static final int MAX_SCALAR_LENGTH = 100_000;

    private static final int[] NO_TEXT = new int[0];

    private LeanComposer(LoadSettings settings, Parser parser) {
        super(settings, parser);
    }

    static Optional<Node> compose(LoadSettings settings, String text) {
        Parser parser = new ParserImpl(settings, new StreamReader(settings, new StringReader(text)));
        return new LeanComposer(settings, new LeanScalars(parser)).getSingleNode();
    }

    @Override
    protected Node composeScalarNode(Optional<Anchor> anchor, List<CommentLine> blockComments) {
        Node node = super.composeScalarNode(anchor, blockComments);
        node.setBlockComments(null);
        node.setInLineComments(null);
        return node;
    }

    /**
     * The parser's events, those that become nodes with a start mark that holds no input, given as their end mark
     * too (a node has both marks or neither; nothing here reads where a node ends).
     */
    private static final class LeanScalars implements Parser {

        private final Parser parser;
        private Event peeked;
        /** How many collections the events given so far have opened and not yet closed. */
        private int depth;

        LeanScalars(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            if (peeked == null) {
                peeked = lean(parser.peekEvent());
            }
            return peeked;
        }

        @Override
        public Event next() {
            Event next = peeked != null ? peeked : lean(parser.peekEvent());
            parser.next();
            peeked = null;
            bound(next);
            return next;
        }

        /** Refuses, at its line, a collection nested too deeply or a scalar too long, before the composer takes it. */
        private void bound(Event event) {
            if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
                if (++depth > MAX_NESTING_DEPTH) {
                    throw new ComposerException("", Optional.empty(), "collections are nested more than "
                            + MAX_NESTING_DEPTH + " levels deep; a registry entry needs a handful",
                            event.getStartMark());
                }
            } else if (event instanceof MappingEndEvent || event instanceof SequenceEndEvent) {
                depth--;
            } else if (event instanceof ScalarEvent scalar && scalar.getValue().length() > MAX_SCALAR_LENGTH) {
                throw new ComposerException("", Optional.empty(), "a value of " + scalar.getValue().length()
                        + " characters is longer than the " + MAX_SCALAR_LENGTH + " allowed; shorten it",
                        event.getStartMark());
            }
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        /** The same event with marks that keep line and column but not the input around them. */
        private static Event lean(Event event) {
            Optional<Mark> start = lean(event.getStartMark());
            if (event instanceof ScalarEvent e) {
                return new ScalarEvent(e.getAnchor(), e.getTag(), e.getImplicit(), e.getValue(), e.getScalarStyle(),
                        start, start);
            }
            if (event instanceof MappingStartEvent e) {
                return new MappingStartEvent(e.getAnchor(), e.getTag(), e.isImplicit(), e.getFlowStyle(), start, start);
            }
            if (event instanceof SequenceStartEvent e) {
                return new SequenceStartEvent(e.getAnchor(), e.getTag(), e.isImplicit(), e.getFlowStyle(), start,
                        start);
            }
            if (event instanceof MappingEndEvent) {
                return new MappingEndEvent(start, start);
            }
            if (event instanceof SequenceEndEvent) {
                return new SequenceEndEvent(start, start);
            }
            return event;
        }

        private static Optional<Mark> lean(Optional<Mark> mark) {
            return mark.map(m -> new Mark(m.getName(), m.getIndex(), m.getLine(), m.getColumn(), NO_TEXT, 0));
        }
    }
}
