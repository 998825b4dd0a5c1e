package id.linimasa.spark;

import id.linimasa.page.PageFailure;
import id.linimasa.page.PageReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files behind the paths a user gives (files or folders, recursively, on any Hadoop file system: local paths,
 * {@code file:}, {@code hdfs:}, {@code s3a:}...), listed on the driver with the same rules and reasons as
 * {@link PageReader}: in folders only files named like pages; a missing path or a folder without pages is a failure.
 */
record PageFiles(List<PageFile> files, List<PageFailure> failures) {

    static PageFiles list(List<String> given, Configuration conf) {
        List<PageFile> files = new ArrayList<>();
        List<PageFailure> failures = new ArrayList<>();
        for (String g : given) {
            try {
                Path path = new Path(g);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (status.isFile()) {
                    files.add(new PageFile(status.getPath().toString(), g));
                    continue;
                }
                List<PageFile> found = folder(g, fs, status.getPath());
                if (found.isEmpty()) failures.add(PageReader.noPagesIn(g));
                files.addAll(found);
            } catch (FileNotFoundException e) {
                failures.add(PageReader.missing(g));
            } catch (IOException | IllegalArgumentException e) {
                failures.add(new PageFailure(g, g + ": cannot list (" + e.getMessage() + ")"));
            }
        }
        return new PageFiles(List.copyOf(files), List.copyOf(failures));
    }

    private static List<PageFile> folder(String given, FileSystem fs, Path folder) throws IOException {
        String prefix = folder.toUri().getPath();
        String base = given.endsWith("/") ? given : given + "/";
        List<PageFile> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
        while (it.hasNext()) {
            Path file = it.next().getPath();
            if (!PageReader.looksLikePage(file.getName())) continue;
            String relative = file.toUri().getPath().substring(prefix.length()).replaceFirst("^/", "");
            found.add(new PageFile(file.toString(), base + relative));
        }
        found.sort(Comparator.comparing(PageFile::getPath));
        return found;
    }
}
