package org.ofstedkg.loader.statements;

/** An item found in a list, before it is told apart as an improvement item or a strength. */
record Listed(boolean strength, String text, String number, String heading, int start, int end, int page) {

    /** The same item with a sub-bullet added as a new line {@code "\n - ..."}, reaching to the sub-bullet's end. */
    Listed withSubBullet(String subText, int subEnd) {
        return new Listed(strength, text + "\n - " + subText, number, heading, start, subEnd, page);
    }
}
