package org.ofstedkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The peak resident memory of a process, as Linux counts it ({@code VmHWM} in {@code /proc/PID/status}): heap,
 * native memory and the pages of memory-mapped files the process has touched. Empty where there is no
 * {@code /proc} (not Linux) or the process has gone.
 */
public final class ResidentMemory {

    private ResidentMemory() {}

    /** The peak resident set of process {@code pid}, in bytes. */
    public static OptionalLong peakOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
