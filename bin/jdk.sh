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
      export JAVA_HOME="$candidate" LINIMASA_JDK_MAJOR="$major"
      # Maven's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the warning is noise for users.
      [ "$major" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      return 0
    fi
  done
  echo "linimasa needs a JDK 21 or newer and found none (looked at JAVA_HOME and /usr/lib/jvm)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21 from https://adoptium.net, then set JAVA_HOME." >&2
  return 1
}

# Sets LINIMASA_JVM_OPTS (an array): the JVM options for the linimasa command given as arguments, after
# linimasa_find_jdk. LINIMASA_JAVA_OPTS replaces the heap default (-Xmx4g) and comes last, so its flags win; a
# collector it names replaces ours.
# - The server answers people: G1's short pause target cut its latency tail (bench serve, 100k articles: search p99
#   37.0, 41.1, 39.3, 52.3 ms in four runs against 47.7, 55.2, 47.7 with the default 200 ms target; less CPU a request).
# - Everything else (ingest, eval, bench) is a batch job that wants throughput: the parallel collector's cheaper
#   write barriers and, on JDK 25+, compact object headers (8% fewer bytes allocated a page) read, on
#   `bench pipeline --assemble 5 examples/pages`, five quiet runs each, a median of 555 pages/s a core on two threads
#   and 625 pages per CPU-second on one, against 516 and 571 with the default G1 (each option alone was within the
#   runs' noise; README "Speed, from raw page to events").
linimasa_jvm_opts() {
  local own=${LINIMASA_JAVA_OPTS:--Xmx4g} user
  LINIMASA_JVM_OPTS=()
  [ "${LINIMASA_JDK_MAJOR:-0}" -ge 25 ] && LINIMASA_JVM_OPTS+=(-XX:+UseCompactObjectHeaders)
  case "$own" in
    *-XX:+Use*GC*) ;;
    *) case "${1:-} ${2:-}" in
         serve\ *|"bench serve") LINIMASA_JVM_OPTS+=(-XX:MaxGCPauseMillis=20) ;;
         *) LINIMASA_JVM_OPTS+=(-XX:+UseParallelGC) ;;
       esac ;;
  esac
  # the user's options last: the JVM takes the last value given for a flag
  read -r -a user <<<"$own"
  LINIMASA_JVM_OPTS+=(${user[@]+"${user[@]}"})
}
