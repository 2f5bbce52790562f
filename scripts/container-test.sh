#!/usr/bin/env bash
# The container deployment, verified on this machine: builds the CampusG image (deploy/Dockerfile) on a local
# ASP.NET runtime base, starts deploy/compose.yaml with podman-compose, runs the end-to-end tests marked
# Deployment=Containers against its gateway, and removes the stack. No registry of images is reachable here, so:
#   - the runtime base is Debian bookworm (debootstrap --variant=minbase) plus this machine's ASP.NET Core runtime,
#     imported with `podman import` and kept, so a second run skips it;
#   - PostgreSQL, RabbitMQ and Redis run from one image of Debian's packages (deploy/podman/servers.Containerfile),
#     put in place of the official images by deploy/podman/compose.test.yaml, which also sets explicit ulimits;
#   - podman uses the runc runtime (crun refuses this sandbox's cgroup layout).
# Prints the test run's VSTest summary ("Passed: N"); exits non-zero when anything fails.
#   scripts/container-test.sh [--no-build]   (--no-build: the solution is already built in Release, as by test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
no_build=false
[ "${1:-}" = "--no-build" ] && no_build=true

log() { printf '\n== [%ss] %s\n' "$((SECONDS - started))" "$*"; }

install_tools() {
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v podman-compose >/dev/null || missing+=(podman-compose)
  command -v runc >/dev/null || missing+=(runc)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Limits no higher than this machine's hard limits: podman's defaults are above them, and the runtime then fails
# to set them. nproc also stays at 32768, above which this sandbox refuses the limit whatever the hard limit says.
lowest() { if [ "$1" = unlimited ] || [ "$1" -gt "$2" ]; then echo "$2"; else echo "$1"; fi; }
export CAMPUSG_TEST_NOFILE CAMPUSG_TEST_NPROC
CAMPUSG_TEST_NOFILE=$(lowest "$(ulimit -Hn)" 65536)
CAMPUSG_TEST_NPROC=$(lowest "$(ulimit -Hu)" 32768)
ulimits=(--ulimit "nofile=$CAMPUSG_TEST_NOFILE:$CAMPUSG_TEST_NOFILE" --ulimit "nproc=$CAMPUSG_TEST_NPROC:$CAMPUSG_TEST_NPROC")

work=$(mktemp -d)
export CONTAINERS_CONF="$work/containers.conf"
printf '[engine]\nruntime = "runc"\n' >"$CONTAINERS_CONF"

# The newest ASP.NET Core runtime of this machine's dotnet: its version and its dotnet root.
read -r runtime_version dotnet_root < <(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2; p = $3 } END {
  sub(/^\[/, "", p); sub(/\/shared\/Microsoft.AspNetCore.App\]$/, "", p); print v, p }')
bookworm_image=localhost/campusg-bookworm:minbase
runtime_image=localhost/campusg-aspnet:$runtime_version
servers_image=localhost/campusg-test-servers:$(cat deploy/podman/servers.Containerfile deploy/podman/server.sh | sha256sum | cut -c1-12)
app_image=localhost/campusg:container-test

build_bases() {
  local rootfs="$work/rootfs"
  log "debootstrap bookworm (minbase) for the local base images"
  debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,libstdc++6,tzdata,fonts-dejavu-core \
    bookworm "$rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; exit 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*
  echo "deb http://deb.debian.org/debian bookworm main" >"$rootfs/etc/apt/sources.list"
  tar -C "$rootfs" -c . | podman import -q --change 'CMD ["bash"]' - "$bookworm_image" >/dev/null
  log "the ASP.NET Core $runtime_version runtime from $dotnet_root into $runtime_image"
  mkdir -p "$rootfs/usr/share/dotnet/host" "$rootfs/usr/share/dotnet/shared"
  cp -a "$dotnet_root/dotnet" "$dotnet_root/LICENSE.txt" "$rootfs/usr/share/dotnet/"
  cp -a "$dotnet_root/host/fxr" "$rootfs/usr/share/dotnet/host/"
  for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
    mkdir -p "$rootfs/usr/share/dotnet/shared/$framework"
    cp -a "$dotnet_root/shared/$framework/$runtime_version" "$rootfs/usr/share/dotnet/shared/$framework/"
  done
  ln -sf /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  # the official images' non-root user and settings
  chroot "$rootfs" groupadd --gid 1654 app
  chroot "$rootfs" useradd --no-log-init --uid 1654 --gid 1654 --create-home app
  tar -C "$rootfs" -c . | podman import -q --change 'ENV APP_UID=1654' --change 'ENV ASPNETCORE_HTTP_PORTS=8080' \
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'CMD ["bash"]' - "$runtime_image" >/dev/null
  rm -rf "$rootfs"
}

project=campusg-test
compose=(podman-compose -p "$project" -f deploy/compose.yaml -f deploy/podman/compose.test.yaml)
campus_services=(users orders payments escrow timers notifications sagas tracking restaurants inventory riders receipts gateway)

stop_stack() {
  local status=$?
  if [ "$status" -ne 0 ] && podman container exists "${project}_gateway_1" 2>/dev/null; then
    for service in postgres rabbitmq redis "${campus_services[@]}"; do
      echo "--- ${service} (last lines)"
      podman logs --tail 15 "${project}_${service}_1" 2>&1 || true
    done
  fi
  log "stopping the stack"
  "${compose[@]}" down -v >"$work/down.log" 2>&1 || tail -20 "$work/down.log"
  sysctl -q -w "net.ipv4.conf.all.route_localnet=$route_localnet"
  rm -rf "$work"
  log "done"
  exit "$status"
}

wait_healthy() {
  local container="${project}_$1_1" deadline=$((SECONDS + $2))
  until podman healthcheck run "$container" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$1 was not healthy within $2 s" >&2
      podman logs --tail 30 "$container" >&2 || true
      return 1
    fi
    sleep 2
  done
}

install_tools
if ! podman image exists "$bookworm_image" || ! podman image exists "$runtime_image"; then
  build_bases
fi
if ! podman image exists "$servers_image"; then
  log "the servers image (PostgreSQL, RabbitMQ, Redis from Debian's packages)"
  podman build -q --format docker --network host "${ulimits[@]}" --build-arg "BASE_IMAGE=$bookworm_image" \
    -f deploy/podman/servers.Containerfile -t "$servers_image" deploy/podman >/dev/null
fi

log "publishing CampusG.Host and building $app_image on $runtime_image (target prebuilt)"
rm -rf artifacts/publish/campusg
dotnet publish src/CampusG.Host -c Release -p:UseAppHost=false -o artifacts/publish/campusg -v quiet -nologo >/dev/null
podman build -q --format docker "${ulimits[@]}" --build-arg "RUNTIME_IMAGE=$runtime_image" --target prebuilt \
  -f deploy/Dockerfile -t "$app_image" . >/dev/null

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export CAMPUSG_IMAGE="$app_image" CAMPUSG_TEST_SERVERS_IMAGE="$servers_image" CAMPUSG_PORT="127.0.0.1:$port"
export CAMPUSG_SIGNING_KEY POSTGRES_PASSWORD RABBITMQ_PASSWORD
CAMPUSG_SIGNING_KEY=$(openssl rand -base64 48)
POSTGRES_PASSWORD=$(openssl rand -hex 16)
RABBITMQ_PASSWORD=$(openssl rand -hex 16)

# A port published on 127.0.0.1 is forwarded to the container's bridge address, which this kernel routes only with
# route_localnet on; the previous value comes back when the stack stops.
route_localnet=$(sysctl -n net.ipv4.conf.all.route_localnet)
sysctl -q -w net.ipv4.conf.all.route_localnet=1
trap stop_stack EXIT
# podman-compose 1.0 starts services in order but does not wait for depends_on's service_healthy: the same gate here.
log "starting the servers"
"${compose[@]}" up -d --no-build postgres rabbitmq redis >"$work/up.log" 2>&1 || { tail -30 "$work/up.log"; exit 1; }
for server in postgres rabbitmq redis; do wait_healthy "$server" 120; done
log "starting the modules and the gateway"
"${compose[@]}" up -d --no-build >>"$work/up.log" 2>&1 || { tail -30 "$work/up.log"; exit 1; }

log "waiting for http://127.0.0.1:$port/health/ready"
deadline=$((SECONDS + 240))
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "the gateway was not ready within 240 s: $(curl -sS "http://127.0.0.1:$port/health/ready" 2>&1)" >&2
    exit 1
  fi
  sleep 2
done
log "ready; the image's HEALTHCHECK in every CampusG container"
for service in "${campus_services[@]}"; do wait_healthy "$service" 30; done

log "end-to-end tests (Deployment=Containers) against the gateway"
build_flag=()
$no_build && build_flag=(--no-build)
CAMPUSG_TEST_BASE_URL="http://127.0.0.1:$port" dotnet test tests/CampusG.EndToEnd.Tests -c Release "${build_flag[@]}" \
  --filter "Deployment=Containers" --logger "console;verbosity=normal"
