import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells ./bnm whether a process has the Oak segment store in the given directory open: Oak holds a file lock on
 * its repo.lock as long as the store is open, whatever started it. Exit code 0: free (or no store), 3: in use.
 * Run with the JDK's source launcher: {@code java SegmentStoreInUse.java DIR}.
 */
public final class SegmentStoreInUse {

    public static void main(String[] args) throws IOException {
        Path lockFile = Path.of(args[0], "repo.lock");
        if (!Files.exists(lockFile)) {
            System.exit(0);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                System.exit(3);
            }
            lock.release();
        }
        System.exit(0);
    }
}
