package org.ohtpathway.change;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files that make up the pathway, or a change to it: BPMN and DMN models and Camunda
 * Forms, by file name. Files are known by their name alone (as Camunda Modeler shows them), so
 * a change names the file it replaces; a change holds only what it changes, and is read over
 * the pathway as it stands.
 */
public final class PathwayFiles {

  /** The kinds of file a change may hold. */
  static final Set<String> KINDS = Set.of(".bpmn", ".dmn", ".form");

  private final Map<String, byte[]> files;

  PathwayFiles(Map<String, byte[]> files) {
    this.files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** The models and forms the application ships (processes/ and forms/ on its classpath). */
  public static PathwayFiles shipped() {
    Map<String, byte[]> files = new TreeMap<>();
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      for (String pattern : new String[] {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn",
          "classpath*:forms/*.form"}) {
        for (Resource resource : resolver.getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            files.put(resource.getFilename(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The application's own models cannot be read", e);
    }
    return new PathwayFiles(files);
  }

  /**
   * The BPMN, DMN and form files of a folder and its sub-folders (other files, such as
   * pictures, are left out). Two files of the same name in different folders are an error.
   */
  public static PathwayFiles fromFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + " is not a folder");
    }
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).filter(path -> isPathwayFile(path.getFileName().toString()))
          .sorted().toList()) {
        String name = path.getFileName().toString();
        if (files.put(name, Files.readAllBytes(path)) != null) {
          throw new IOException("two files are called " + name + " (one is " + path + "): a change names each file once");
        }
      }
    }
    return new PathwayFiles(files);
  }

  static boolean isPathwayFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return KINDS.stream().anyMatch(lower::endsWith);
  }

  /** These files read over {@code base}: a file of the same name replaces base's. */
  public PathwayFiles over(PathwayFiles base) {
    Map<String, byte[]> all = new TreeMap<>(base.files);
    all.putAll(files);
    return new PathwayFiles(all);
  }

  public Map<String, byte[]> files() {
    return files;
  }

  public Set<String> names() {
    return files.keySet();
  }

  public byte[] get(String name) {
    return files.get(name);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  /** The files whose names end so (".bpmn", ".dmn", ".form"), in any case. */
  Map<String, byte[]> ofKind(String suffix) {
    Map<String, byte[]> kind = new TreeMap<>();
    files.forEach((name, bytes) -> {
      if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        kind.put(name, bytes);
      }
    });
    return kind;
  }

  /** A digest of every file's name and content: two pathways are the same exactly when theirs are. */
  public String fingerprint() {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
      });
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the file is here with different content than in {@code other} (or is not there). */
  boolean differsFrom(PathwayFiles other, String name) {
    return !java.util.Arrays.equals(files.get(name), other.files.get(name));
  }
}
