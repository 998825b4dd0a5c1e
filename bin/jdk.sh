# Sourced by bin/linimasa, bin/test and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Looks at JAVA_HOME first, then the usual JVM folders; says what to install when there is none.

linimasa_java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

linimasa_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(linimasa_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      # Maven's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the warning is noise for users.
      [ "$major" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      return 0
    fi
  done
  echo "linimasa needs a JDK 21 or newer and found none (looked at JAVA_HOME and /usr/lib/jvm)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21 from https://adoptium.net, then set JAVA_HOME." >&2
  return 1
}
