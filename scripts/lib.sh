# Shared helpers for scripts/*: sourced, not run.
# shellcheck shell=bash

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
WASM_TARGET=wasm32-unknown-unknown
NODE_BIN="$ROOT/node_modules/.bin"

# Printing ------------------------------------------------------------------

say() { printf '%s\n' "$*"; }
note() { printf '  %s\n' "$*"; }
die() {
  printf '\nerror: %s\n' "$*" >&2
  exit 1
}

SECTION_NAME=""
SECTION_START=0
TIMINGS=()

# Start a named section; the previous one (if any) is closed and timed.
section() {
  section_end
  SECTION_NAME="$1"
  SECTION_START=$(date +%s)
  printf '\n==> %s\n' "$SECTION_NAME"
}

section_end() {
  if [ -n "$SECTION_NAME" ]; then
    local took=$(($(date +%s) - SECTION_START))
    TIMINGS+=("$(printf '%5ss  %s' "$took" "$SECTION_NAME")")
    printf '<== %s (%ss)\n' "$SECTION_NAME" "$took"
    SECTION_NAME=""
  fi
}

print_timings() {
  section_end
  printf '\nStage timings:\n'
  local line
  for line in "${TIMINGS[@]}"; do printf '  %s\n' "$line"; done
}

# Tell which section failed, so a long log ends with the cause.
on_error() {
  local status=$?
  if [ -n "$SECTION_NAME" ]; then
    printf '\nFAILED in section: %s (exit %s)\n' "$SECTION_NAME" "$status" >&2
  fi
  exit "$status"
}

# Toolchain -----------------------------------------------------------------

# True when a rustup toolchain has the wasm32 target installed (decided by
# asking rustup what is installed, never by trying a download).
have_rustup_wasm() {
  command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"
}

# Run a cargo subcommand for the wasm target: `wasm_cargo build --release --lib`.
# Uses the rustup target when installed, otherwise Debian's rustc-web with std
# built from source (see ../shared/NOTES-toolchain.md).
wasm_cargo() {
  local sub="$1"
  shift
  if have_rustup_wasm; then
    cargo "$sub" --target "$WASM_TARGET" "$@"
  else
    RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
      /usr/bin/cargo "$sub" --target "$WASM_TARGET" -Zbuild-std=std,panic_abort "$@"
  fi
}

# `wasm_cargo <sub> --release …` for the shipped build. With std built from
# source, std is built for size too: panic messages keep their text but drop
# file/line locations, and derived Debug prints type and variant names only
# (`shallow`: unit enums print as in full; not `none`, which prints nothing).
#
# Both routes hold LLVM's inline threshold at 50 (opt-level 2 would use 225):
# small helpers (char tests, slicing, hashing) still get inlined, while the
# larger functions stay calls, which keeps the download under its 200 KB budget
# (Cargo.toml's release profile gives the measured trade-off).
WASM_INLINE_FLAGS="-Cllvm-args=-inline-threshold=50"
wasm_cargo_release() {
  local sub="$1"
  shift
  if have_rustup_wasm; then
    RUSTFLAGS="${RUSTFLAGS:-} $WASM_INLINE_FLAGS" wasm_cargo "$sub" --release "$@"
  else
    RUSTFLAGS="${RUSTFLAGS:-} $WASM_INLINE_FLAGS -Zlocation-detail=none -Zfmt-debug=shallow" \
      wasm_cargo "$sub" --release -Zbuild-std-features=optimize_for_size "$@"
  fi
}

# The exact wasm-bindgen version pinned in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# The crate version from Cargo.toml ([package] section).
crate_version() {
  awk '/^\[package\]/ { p = 1; next } /^\[/ { p = 0 } p && /^version *=/ { gsub(/version *= *|"/, ""); print; exit }' \
    "$ROOT/Cargo.toml"
}

# Run a project script if it exists (colleagues add them over time).
run_if_present() {
  local script="$ROOT/$1"
  shift
  if [ -f "$script" ]; then
    bash "$script" "$@"
  else
    note "skipped: ${script#"$ROOT"/} not present"
  fi
}

# cargo install puts tools here; make sure they are found in CI shells too.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  *":$CARGO_BIN:"*) ;;
  *) [ -d "$CARGO_BIN" ] && PATH="$CARGO_BIN:$PATH" && export PATH ;;
esac
