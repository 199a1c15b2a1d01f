package org.ofstedkg.cli;

public final class Kg {
    public static void main(String[] args) {
    }
}
