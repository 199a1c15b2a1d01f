package org.ofstedkg.loader.structure;

import java.util.List;

/**
 * The structure of a document's body: its blocks in reading order, and where Ofsted's closing boilerplate (the
 * complaints procedure, the copyright and licence notice) begins, which is no part of what the report says.
 *
 * @param blocks headings, paragraphs and list items, in reading order
 * @param bodyEnd the offset where the closing boilerplate begins; the text's length when there is none
 */
public record DocumentStructure(List<Block> blocks, int bodyEnd) {

    public DocumentStructure {
        blocks = List.copyOf(blocks);
    }

    /** The numbered paragraphs, in order. */
    public List<Block> numberedParagraphs() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH && b.number() != null).toList();
    }

    /** The headings, in order. */
    public List<Block> headings() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING).toList();
    }

    /** The list items, in order. */
    public List<Block> listItems() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).toList();
    }
}
