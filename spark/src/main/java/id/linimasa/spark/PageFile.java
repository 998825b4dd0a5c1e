package id.linimasa.spark;

import java.io.Serializable;

/**
 * A file to read as a page, as the driver listed it: its full Hadoop path and the name failures give it (the path the
 * user gave, then the file's place under it). A Java bean so that Spark's bean encoder can ship it to the executors.
 */
public final class PageFile implements Serializable {

    private String path;
    private String source;

    public PageFile() {
    }

    PageFile(String path, String source) {
        this.path = path;
        this.source = source;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
