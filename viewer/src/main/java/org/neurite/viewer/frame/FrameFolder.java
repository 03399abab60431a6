package org.neurite.viewer.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numbered frame sequence ({@link PngFiles#frameName}) written into a folder whole or not at all.
 * The frames are written into a hidden staging folder inside it; {@link #commit} removes the frames
 * of an earlier sequence there and moves the new ones in. Closed without a commit (a failure part
 * way), the staging folder is deleted, the folder keeps what it had, and folders this sequence
 * created are removed again. Use in try-with-resources.
 */
public final class FrameFolder implements AutoCloseable {
    private static final Pattern FRAME = Pattern.compile("frame_\\d{5,}\\.png");

    private final Path dir;
    private final Path staging;
    private final List<Path> created; // folders this sequence created, deepest first
    private boolean committed;

    private FrameFolder(Path dir, Path staging, List<Path> created) {
        this.dir = dir;
        this.staging = staging;
        this.created = created;
    }

    /**
     * @param dir the folder of the sequence (created if needed)
     * @return the folder, ready for frames
     */
    public static FrameFolder open(Path dir) {
        List<Path> created = new ArrayList<>();
        for (Path d = dir.toAbsolutePath().normalize(); d != null && !Files.exists(d); d = d.getParent()) {
            created.add(d);
        }
        try {
            Files.createDirectories(dir);
            return new FrameFolder(dir, Files.createTempDirectory(dir, ".frames-"), created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write frames into " + dir + ": " + reason(e), e);
        }
    }

    /** Where frame k is to be written (in the staging folder). */
    public Path staged(int k) {
        return staging.resolve(PngFiles.frameName(k));
    }

    /**
     * Replaces the folder's earlier frames by the frames 0 … count − 1 written to {@link #staged}.
     *
     * @return the frame files, in order
     */
    public List<Path> commit(int count) {
        try {
            for (Path old : frames(dir)) {
                Files.delete(old);
            }
            List<Path> out = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                Path target = dir.resolve(PngFiles.frameName(k));
                Files.move(staged(k), target, StandardCopyOption.ATOMIC_MOVE);
                out.add(target);
            }
            Files.delete(staging);
            committed = true;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write frames into " + dir + ": " + reason(e), e);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            if (Files.isDirectory(staging)) {
                for (Path p : list(staging)) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(staging);
            }
            for (Path d : created) {
                if (!Files.isDirectory(d) || !list(d).isEmpty()) {
                    break;
                }
                Files.delete(d);
            }
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    private static List<Path> frames(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : list(dir)) {
            if (FRAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                out.add(p);
            }
        }
        return out;
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
    }
}
