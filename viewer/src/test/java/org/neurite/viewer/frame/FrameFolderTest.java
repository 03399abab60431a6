package org.neurite.viewer.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A frame sequence is written whole or not at all (no OpenGL needed: plain files stand for the PNGs). */
class FrameFolderTest {
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeFrames(FrameFolder f, int n, String content) throws IOException {
        for (int k = 0; k < n; k++) {
            Files.writeString(f.staged(k), content + k);
        }
    }

    @Test
    void aShorterSequenceReplacesTheEarlierFramesAndLeavesOtherFilesAlone(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("frames");
        try (FrameFolder f = FrameFolder.open(dir)) {
            writeFrames(f, 5, "old");
            f.commit(5);
        }
        Files.writeString(dir.resolve("notes.txt"), "mine");
        List<Path> written;
        try (FrameFolder f = FrameFolder.open(dir)) {
            writeFrames(f, 3, "new");
            written = f.commit(3);
        }
        assertEquals(List.of("frame_00000.png", "frame_00001.png", "frame_00002.png", "notes.txt"), names(dir));
        assertEquals(List.of(dir.resolve("frame_00000.png"), dir.resolve("frame_00001.png"), dir.resolve("frame_00002.png")), written);
        assertEquals("new2", Files.readString(dir.resolve("frame_00002.png")));
    }

    @Test
    void aFailurePartWayKeepsTheEarlierSequenceAndLeavesNothingOfItsOwn(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("frames");
        try (FrameFolder f = FrameFolder.open(dir)) {
            writeFrames(f, 2, "old");
            f.commit(2);
        }
        assertThrows(IllegalStateException.class, () -> {
            try (FrameFolder f = FrameFolder.open(dir)) {
                writeFrames(f, 4, "new");
                throw new IllegalStateException("frame 4 failed");
            }
        });
        assertEquals(List.of("frame_00000.png", "frame_00001.png"), names(dir), "no staging folder, no new frame");
        assertEquals("old1", Files.readString(dir.resolve("frame_00001.png")));

        Path fresh = tmp.resolve("new/frames");
        assertThrows(IllegalStateException.class, () -> {
            try (FrameFolder f = FrameFolder.open(fresh)) {
                writeFrames(f, 1, "x");
                throw new IllegalStateException("failed");
            }
        });
        assertFalse(Files.exists(tmp.resolve("new")), "the folders this sequence created are removed again");
    }
}
