#!/bin/sh
# Builds Darshan, the HPC I/O tool that bench/run_bench.py runs beside
# iomon, from a clone of its source: without MPI, into /opt/darshan, its
# log directory taken from DARSHAN_LOGPATH (the bench gives each run its
# own).  Leaves the source's `git describe` there for the report's Machine
# section.  The bench skips Darshan, and says so, when it is not there.
#
#   bench/install_darshan.sh DARSHAN_SOURCE_DIR
set -eu
src=$(cd "${1:?usage: bench/install_darshan.sh DARSHAN_SOURCE_DIR}" && pwd)
prefix=/opt/darshan
apt-get install -y autoconf automake libtool zlib1g-dev
cd "$src"
./prepare.sh
mkdir -p build
cd build
../configure --prefix="$prefix" --without-mpi \
    --with-log-path-by-env=DARSHAN_LOGPATH --with-jobid-env=NONE CC=gcc
make -j2   # 2 cores, shared with whoever else works on the machine
make install
mkdir -p "$prefix/share"
git -C "$src" describe --tags > "$prefix/share/iomon-bench-darshan-source"
