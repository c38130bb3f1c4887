# Sourced by the launcher and the test script: exports JAVA_HOME pointing at a JDK 21+ with javac, or fails.
java_major() { # the major version of the java binary $1, or 0
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version =/{print $2; exit}')" || true
  v="${v%%.*}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

find_jdk() { # prints the first JDK 21+ among JAVA_HOME and /usr/lib/jvm/* (newest first)
  local candidates=() c
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  for c in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    if [[ -x "$c/bin/java" && -x "$c/bin/javac" && "$(java_major "$c/bin/java")" -ge 21 ]]; then
      echo "$c"; return 0
    fi
  done
  return 1
}

if ! NEWSGRAPH_JDK="$(find_jdk)"; then
  echo "newsgraph: needs a JDK 21 or newer (with javac). Set JAVA_HOME, or install one under /usr/lib/jvm." >&2
  exit 1
fi
export JAVA_HOME="$NEWSGRAPH_JDK"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
