#!/usr/bin/env bash
# QGIS versions matrix: the whole test suite (`make test`) of the committed HEAD in Debian 13 (trixie)
# chroots, one per QGIS version: 3.40 (trixie's qgis) and 3.44 (trixie-backports' qgis). The host's own
# QGIS (3.22 on Debian 12) is tested by .ci/run, not here. Run as root (debootstrap, chroot, mount).
#
# Usage: dev/matrix.sh [VERSION...]   versions among 3.40 3.44, default both (`make matrix` runs both)
#   PYTEST_ARGS="..."               passed to `make test` in each chroot, as .ci/run does
#   FOODACCESS_MATRIX_CACHE=DIR     where the chroots and logs are kept (default /var/cache/foodaccess-matrix)
#
# The chroots are built once, from the Debian archive the machine uses, and reused: DIR/qgis-V is complete
# when DIR/qgis-V.stamp (the build time and package versions) exists; one without a stamp is a half-built
# leftover, removed and rebuilt. The 3.44 chroot is a copy of the 3.40 one upgraded from trixie-backports.
# Each version's suite runs in a fresh clone (/build/main, with ../shared copied to /build/shared), with
# CI's environment (CI=true, no DISPLAY); its full log is DIR/logs/test-V.log (builds: DIR/logs/build-V.log).
# Prints one line per version (QGIS, Python, numpy, pytest's counts); exits non-zero if any version failed,
# after running them all.
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
SHARED=$ROOT/../shared
CACHE=${FOODACCESS_MATRIX_CACHE:-/var/cache/foodaccess-matrix}
LOGS=$CACHE/logs
ALL_VERSIONS="3.40 3.44"
VERSIONS=${*:-$ALL_VERSIONS}

case " ${1:-} " in " -h "|" --help ") sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
for version in $VERSIONS; do
    [[ " $ALL_VERSIONS " == *" $version "* ]] || { echo "matrix: unknown version '$version' (known: $ALL_VERSIONS)" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "matrix: run as root (debootstrap, chroot and mount need it)" >&2; exit 1; }
[ -d "$SHARED/data" ] || { echo "matrix: the shared test data is missing: expected $SHARED/data" >&2; exit 1; }

# The machine's own Debian mirror (deb822 .sources or one-line sources.list), so the chroots come from
# the same archive as the host's packages; the security archive too when the machine has one.
apt_uris() {
    { cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs://p' | tr ' ' '\n'
      cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | sed -E -n 's/\[[^]]*\]//; s/^deb +([^ ]+).*/\1/p'
    } | grep -E "$1" | head -n 1 || true
}
MIRROR=$(apt_uris '/debian/?$')
SECURITY=$(apt_uris '/debian-security/?$')
[ -n "$MIRROR" ] || { echo "matrix: no Debian mirror found in /etc/apt/sources.list(.d)" >&2; exit 1; }

# The commit tested, taken once: every version tests the same one even if HEAD moves meanwhile.
COMMIT=$(git -C "$ROOT" rev-parse HEAD)

# The Debian packages dev/setup.sh installs (its APT_PACKAGES, read from the tested commit so the list stays
# in one place), plus what `make test` itself needs; setup.sh in the chroot still installs any added later.
eval "$(git -C "$ROOT" show "$COMMIT":dev/setup.sh | sed -n '/^APT_PACKAGES=/,/"$/p')"
CHROOT_PACKAGES="$APT_PACKAGES git make ca-certificates"

# Every command in a chroot gets a clean environment: nothing of the host's (its pip configuration points
# at folders the chroot lacks; no DISPLAY), C.UTF-8 (always there, no locales package needed), no debconf prompt.
in_chroot() {
    local dir=$1; shift
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
        DEBIAN_FRONTEND=noninteractive CI=true PYTEST_ARGS="${PYTEST_ARGS:-}" chroot "$dir" "$@"
}

mount_chroot() {
    local dir=$1 fs
    for fs in proc sys dev dev/pts dev/shm; do
        mkdir -p "$dir/$fs"
        mount --bind "/$fs" "$dir/$fs"
    done
    cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
    # The machine's local CAs too: HTTPS (PyPI, for setup.sh's pip) may go through a proxy only they trust.
    mkdir -p "$dir/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$dir/usr/local/share/ca-certificates/"
    [ ! -x "$dir/usr/sbin/update-ca-certificates" ] || in_chroot "$dir" update-ca-certificates >/dev/null 2>&1
}

# Every mount under the cache, deepest first (also what an interrupted debootstrap left mounted).
unmount_all() {
    local point
    for point in $(awk -v cache="$CACHE/" 'index($2, cache) == 1 {print $2}' /proc/self/mounts | sort -r); do
        umount "$point" 2>/dev/null || umount -l "$point"
    done
}

# Never remove a tree that may still hold a bind mount of the host's /dev: unmount first, and stay on one
# file system anyway.
remove_tree() {
    unmount_all
    rm -rf --one-file-system "$1"
}

building=""
on_exit() {
    local status=$?
    exec >&7 2>&8  # the script's own output, even when the exit came inside a build's redirection to its log
    unmount_all
    if [ "$status" != 0 ] && [ -n "$building" ]; then
        tail -n 40 "$building" >&2
        echo "matrix: the chroot build failed (full log: $building)" >&2
    fi
}

# apt-get inside the chroot: no service may start there (policy-rc.d), and no prompt.
chroot_apt() {
    in_chroot "$1" apt-get -y -q -o Dpkg::Use-Pty=0 "${@:2}"
}

write_sources() {
    local dir=$1 suites=$2
    rm -f "$dir/etc/apt/sources.list"
    {
        printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            "$MIRROR" "$suites"
        [ -z "$SECURITY" ] || printf '\nTypes: deb\nURIs: %s\nSuites: trixie-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            "$SECURITY"
    } > "$dir/etc/apt/sources.list.d/debian.sources"
}

build_chroot() {
    local version=$1 dir=$CACHE/qgis-$1 start installed
    if [ -f "$dir.stamp" ]; then
        echo "matrix: reusing the QGIS $version chroot $dir ($(grep '^built' "$dir.stamp"))"
        return
    fi
    # The 3.44 chroot starts as a copy of the 3.40 one: built (or reused) first.
    [ "$version" = 3.40 ] || [ -f "$CACHE/qgis-3.40.stamp" ] || build_chroot 3.40
    remove_tree "$dir"
    start=$SECONDS
    building=$LOGS/build-$version.log
    : > "$building"
    echo "matrix: building the QGIS $version chroot $dir (log: $building)"
    {
        if [ "$version" = 3.40 ]; then
            debootstrap --variant=minbase trixie "$dir" "$MIRROR"
            printf '#!/bin/sh\nexit 101\n' > "$dir/usr/sbin/policy-rc.d"
            chmod 755 "$dir/usr/sbin/policy-rc.d"
            write_sources "$dir" "trixie trixie-updates"
            mount_chroot "$dir"
            chroot_apt "$dir" update
            chroot_apt "$dir" upgrade  # debootstrap takes trixie's base; a real machine has its updates
            chroot_apt "$dir" install $CHROOT_PACKAGES
        else
            unmount_all  # cp -a must not copy the host's /proc, /sys, /dev
            cp -a "$CACHE/qgis-3.40" "$dir"
            rm -rf "$dir/build"
            write_sources "$dir" "trixie trixie-updates trixie-backports"
            mount_chroot "$dir"
            chroot_apt "$dir" update
            chroot_apt "$dir" install -t trixie-backports qgis python3-qgis qgis-providers
            in_chroot "$dir" apt-cache policy qgis python3-qgis qgis-providers
        fi
        chroot_apt "$dir" clean
    } >> "$building" 2>&1
    unmount_all
    chmod 1777 "$dir/tmp"
    installed=$(in_chroot "$dir" dpkg-query -W -f='${Version}' qgis)
    [[ "$installed" == 1:"$version".* || "$installed" == "$version".* ]] \
        || echo "matrix: warning: the QGIS $version chroot got qgis $installed" >&2
    {
        echo "built $(date -u +%Y-%m-%dT%H:%MZ) in $((SECONDS - start)) s from $MIRROR"
        in_chroot "$dir" dpkg-query -W -f='${Package} ${Version}\n' qgis python3 python3-numpy python3-scipy \
            python3-shapely python3-gdal python3-pytest python3-pandas python3-geopandas 2>/dev/null || true
    } > "$dir.stamp"
    building=""
    echo "matrix: built the QGIS $version chroot in $((SECONDS - start)) s (qgis $installed)"
}

# One version's suite; prints its line, returns make test's status.
run_version() {
    local version=$1 dir=$CACHE/qgis-$1 log=$LOGS/test-$1.log start=$SECONDS status=0 versions counts times
    remove_tree "$dir/build"
    find "$dir/tmp" -xdev -mindepth 1 -delete  # nothing left by an earlier run (Qt's runtime folder, pytest's tmp)
    mkdir -p "$dir/build"
    git clone -q "$ROOT" "$dir/build/main"
    git -C "$dir/build/main" reset -q --hard "$COMMIT"
    cp -aL "$SHARED" "$dir/build/shared"  # -L: the data may be symlinks to outside the chroot
    mount_chroot "$dir"
    in_chroot "$dir" bash -c 'cd /build/main && make test' > "$log" 2>&1 || status=$?
    versions=$(in_chroot "$dir" python3 -c 'import sys, numpy; from qgis.core import Qgis
print("QGIS %s (Python %d.%d.%d, numpy %s)" % ((Qgis.version().split("-")[0],) + sys.version_info[:3] + (numpy.__version__,)))' 2>/dev/null) \
        || versions="QGIS $version (versions unknown)"
    unmount_all
    counts=$(grep -E '^=+ .* in [0-9.]+s' "$log" | tail -n 1 | sed -E 's/^=+ //; s/ \([0-9:]+\)//; s/ =+$//')
    times="make test $((SECONDS - start)) s, chroot $(sed -n 's/^built .* in \([0-9]*\) s.*/built in \1 s/p' "$dir.stamp")"
    if [ "$status" != 0 ]; then
        tail -n 40 "$log"
        echo "matrix: $versions: ${counts:-no pytest summary} (FAILED, exit $status; $times; log: $log)"
    else
        echo "matrix: $versions: $counts ($times; log: $log)"
    fi
    return "$status"
}

command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
mkdir -p "$LOGS"
# One run at a time per cache (two would remove each other's /build and mounts); the trap only once the
# lock is ours, so that an interrupted wait leaves the other run's mounts alone.
exec 9> "$CACHE/lock"
flock -n 9 || { echo "matrix: waiting for another run using $CACHE"; flock 9; }
exec 7>&1 8>&2
trap on_exit EXIT
trap 'exit 130' INT TERM
echo "matrix: testing $(git -C "$ROOT" log -1 --format='%h %s' "$COMMIT" | cut -c1-80) on QGIS $VERSIONS (mirror $MIRROR)"
for version in $VERSIONS; do
    build_chroot "$version"
done
failed=()
for version in $VERSIONS; do
    run_version "$version" || failed+=("$version")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "matrix: failed on QGIS ${failed[*]}"
    exit 1
fi
echo "matrix: passed on QGIS $VERSIONS"
