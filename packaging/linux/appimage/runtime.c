/*
 * Replidesk's AppImage runtime (type 2): this program, followed directly by a squashfs image of
 * the AppDir. Run, it mounts the image read-only with FUSE at a temporary mount point and runs
 * AppRun; where FUSE is not usable it says so in one line and extracts the image to a private
 * temporary folder instead, runs AppRun from there and removes the folder. Either way it exits
 * with AppRun's status.
 *
 * Format: https://github.com/AppImage/AppImageSpec/blob/master/draft.md ("Type 2 image format").
 * The image starts where this ELF file ends: after its section headers. The magic bytes
 * 'A' 'I' 0x02 at offset 8 of the ELF header are written after linking (tools/package_appimage.sh).
 *
 * Built by tools/package_appimage.sh against Debian 12's static libsquashfuse, libfuse3 and
 * compression libraries; only glibc is linked dynamically.
 */
#define _GNU_SOURCE
/* squashfuse's headers first: its config.h defines _POSIX_C_SOURCE, which glibc's features.h
   then replaces cleanly. */
#include <squashfuse/ll.h>

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Empty update-information and signature sections, where AppImage tools look for them. */
__attribute__((section(".upd_info"), used)) static const char update_info[1024];
__attribute__((section(".sha256_sig"), used)) static const char signature[1024];

#define COPY_CHUNK (1 << 20)
#define DATA_CACHE_BLOCKS 32

static const char *self_name = "AppImage"; /* the file's base name, in every message */
static volatile pid_t child_pid;           /* AppRun, once started */

static void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *format, ...) {
	va_list args;
	va_start(args, format);
	fprintf(stderr, "%s: ", self_name);
	vfprintf(stderr, format, args);
	fputc('\n', stderr);
	va_end(args);
}

/* --- where the image starts ------------------------------------------------------------ */

/* The end of the ELF file: its section header table is the last thing the linker writes. */
static int image_offset(const char *path, off_t *offset) {
	unsigned char header[sizeof(Elf64_Ehdr)];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t got = pread(fd, header, sizeof header, 0);
	close(fd);
	if (got < (ssize_t)sizeof(Elf32_Ehdr) || memcmp(header, ELFMAG, SELFMAG) != 0)
		return -1;
	if (header[EI_CLASS] == ELFCLASS64 && got == (ssize_t)sizeof(Elf64_Ehdr)) {
		Elf64_Ehdr elf;
		memcpy(&elf, header, sizeof elf);
		*offset = (off_t)(elf.e_shoff + (uint64_t)elf.e_shnum * elf.e_shentsize);
	} else if (header[EI_CLASS] == ELFCLASS32) {
		Elf32_Ehdr elf;
		memcpy(&elf, header, sizeof elf);
		*offset = (off_t)(elf.e_shoff + (uint32_t)elf.e_shnum * elf.e_shentsize);
	} else {
		return -1;
	}
	return 0;
}

/* The image as squashfuse sees it (the descriptor is not handed down to AppRun). */
static int open_image(sqfs *fs, const char *path, off_t offset) {
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (sqfs_init(fs, fd, (size_t)offset) != SQFS_OK) {
		close(fd);
		return -1;
	}
	/* squashfuse keeps 8 decompressed blocks; a starting app reads from many files at once
	   and, with 1 MiB blocks, decompressed the same blocks over and over: 32 took the first
	   window through FUSE from about 4.2 s to 1.6 s here (up to 32 MiB of memory). */
	sqfs_cache_destroy(&fs->data_cache);
	return sqfs_block_cache_init(&fs->data_cache, DATA_CACHE_BLOCKS) == SQFS_OK ? 0 : -1;
}

/* --- extraction ------------------------------------------------------------------------ */

static int write_all(int fd, const char *data, size_t size) {
	while (size > 0) {
		ssize_t done = write(fd, data, size);
		if (done < 0 && errno == EINTR)
			continue;
		if (done <= 0)
			return -1;
		data += done;
		size -= (size_t)done;
	}
	return 0;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *path, char *buffer) {
	/* Permission bits only: an AppDir needs no set-user-ID files. */
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, inode->base.mode & 0777);
	if (fd < 0)
		return -1;
	sqfs_off_t size = (sqfs_off_t)inode->xtra.reg.file_size;
	for (sqfs_off_t at = 0; at < size;) {
		sqfs_off_t chunk = size - at < COPY_CHUNK ? size - at : COPY_CHUNK;
		if (sqfs_read_range(fs, inode, at, &chunk, buffer) != SQFS_OK || chunk <= 0 ||
		    write_all(fd, buffer, (size_t)chunk) != 0) {
			close(fd);
			return -1;
		}
		at += chunk;
	}
	return close(fd);
}

static int extract_link(sqfs *fs, sqfs_inode *inode, const char *path) {
	size_t size;
	if (sqfs_readlink(fs, inode, NULL, &size) != SQFS_OK)
		return -1;
	char *target = malloc(size);
	if (!target)
		return -1;
	int result = -1;
	if (sqfs_readlink(fs, inode, target, &size) == SQFS_OK)
		result = symlink(target, path);
	free(target);
	return result;
}

/* Directories, regular files (with their permission bits) and symbolic links into dest, which
   exists. An AppDir holds nothing else; anything else is skipped. */
static int extract(sqfs *fs, const char *dest) {
	sqfs_traverse walk;
	sqfs_err err = SQFS_OK;
	if (sqfs_traverse_open(&walk, fs, sqfs_inode_root(fs)) != SQFS_OK)
		return -1;
	char *buffer = malloc(COPY_CHUNK);
	int result = buffer ? 0 : -1;
	while (result == 0 && sqfs_traverse_next(&walk, &err)) {
		if (walk.dir_end)
			continue;
		const char *name = sqfs_dentry_name(&walk.entry);
		/* Names come from the image: refuse any that would step outside dest. */
		if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || strchr(name, '/')) {
			errno = EINVAL;
			result = -1;
			break;
		}
		char path[PATH_MAX];
		if (snprintf(path, sizeof path, "%s/%s", dest, walk.path) >= (int)sizeof path) {
			errno = ENAMETOOLONG;
			result = -1;
			break;
		}
		sqfs_inode inode;
		if (sqfs_inode_get(fs, &inode, sqfs_dentry_inode(&walk.entry)) != SQFS_OK) {
			result = -1;
			break;
		}
		mode_t type = sqfs_dentry_mode(&walk.entry) & S_IFMT;
		if (type == S_IFDIR)
			/* Always writable by us, or the files inside could not be written nor removed. */
			result = mkdir(path, (inode.base.mode & 0777) | 0700);
		else if (type == S_IFREG)
			result = extract_file(fs, &inode, path, buffer);
		else if (type == S_IFLNK)
			result = extract_link(fs, &inode, path);
		if (result != 0)
			say("cannot extract %s: %s", walk.path, strerror(errno));
	}
	if (err != SQFS_OK)
		result = -1;
	sqfs_traverse_close(&walk);
	free(buffer);
	return result;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

static int remove_tree(const char *path) {
	return nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}

/* --- running AppRun -------------------------------------------------------------------- */

/* A termination asked of the runtime is passed on to AppRun, which decides; Ctrl+C and
   Ctrl+\ already reach AppRun from the terminal, so the runtime only waits on. */
static void on_signal(int sig) {
	if ((sig == SIGTERM || sig == SIGHUP) && child_pid > 0)
		kill(child_pid, sig);
}

static void catch_signals(void) {
	struct sigaction action;
	memset(&action, 0, sizeof action);
	action.sa_handler = on_signal;
	action.sa_flags = SA_RESTART;
	sigemptyset(&action.sa_mask);
	int signals[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP};
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
		sigaction(signals[i], &action, NULL);
}

/* The environment AppImage programs expect (set before any thread starts: setenv is not
   thread-safe). */
static void set_environment(const char *image, const char *appdir, const char *argv0) {
	char cwd[PATH_MAX];
	setenv("APPIMAGE", image, 1);
	setenv("APPDIR", appdir, 1);
	setenv("ARGV0", argv0, 1);
	if (getcwd(cwd, sizeof cwd))
		setenv("OWD", cwd, 1);
}

/* Runs appdir/AppRun with args (NULL-terminated) and returns its wait status. */
static int run_apprun(const char *appdir, char **args, int count) {
	char apprun[PATH_MAX];
	snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
	char **argv = calloc((size_t)count + 2, sizeof *argv);
	if (!argv)
		return -1;
	argv[0] = apprun;
	memcpy(argv + 1, args, (size_t)count * sizeof *argv);
	catch_signals();
	pid_t pid = fork();
	if (pid < 0) {
		free(argv);
		return -1;
	}
	if (pid == 0) {
		execv(apprun, argv);
		say("cannot run %s: %s", apprun, strerror(errno));
		_exit(127);
	}
	child_pid = pid;
	free(argv);
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}

/* The runtime ends as AppRun did: the same exit code, or killed by the same signal. */
static int exit_like(int status) {
	if (status < 0)
		return 1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		sigset_t set;
		signal(sig, SIG_DFL);
		sigemptyset(&set);
		sigaddset(&set, sig);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		raise(sig);
		return 128 + sig;
	}
	return 1;
}

static int temporary_dir(char *path, size_t size, const char *prefix) {
	const char *base = getenv("TMPDIR");
	if (!base || !*base)
		base = "/tmp";
	if (snprintf(path, size, "%s/%s%.8sXXXXXX", base, prefix, self_name) >= (int)size)
		return -1;
	return mkdtemp(path) ? 0 : -1; /* mode 0700 */
}

/* --- extract and run ------------------------------------------------------------------- */

static int extract_and_run(const char *image, off_t offset, const char *argv0, char **args, int count) {
	char dir[PATH_MAX];
	sqfs fs;
	if (open_image(&fs, image, offset) != 0) {
		say("cannot read the squashfs image in %s", image);
		return 1;
	}
	if (temporary_dir(dir, sizeof dir, "appimage_extracted_") != 0) {
		say("cannot make a temporary folder: %s", strerror(errno));
		return 1;
	}
	int status = -1;
	if (extract(&fs, dir) == 0) {
		set_environment(image, dir, argv0);
		status = run_apprun(dir, args, count);
	}
	sqfs_destroy(&fs);
	if (remove_tree(dir) != 0)
		say("could not remove %s: %s", dir, strerror(errno));
	return exit_like(status);
}

/* --- mount with FUSE and run ------------------------------------------------------------ */

static int in_path(const char *program) {
	const char *path = getenv("PATH");
	char *copy = strdup(path && *path ? path : "/usr/bin:/bin");
	int found = 0;
	for (char *dir = strtok(copy, ":"); dir && !found; dir = strtok(NULL, ":")) {
		char candidate[PATH_MAX];
		snprintf(candidate, sizeof candidate, "%s/%s", dir, program);
		found = access(candidate, X_OK) == 0;
	}
	free(copy);
	return found || access("/usr/bin/fusermount3", X_OK) == 0;
}

/* Calls fuse_session_mount with stderr caught, so that libfuse's and fusermount3's complaints
   become the reason given in our one line. */
static int mount_quietly(struct fuse_session *session, const char *mountpoint, char *reason, size_t size) {
	int pipe_fds[2];
	int saved = dup(STDERR_FILENO);
	if (saved < 0 || pipe2(pipe_fds, O_CLOEXEC | O_NONBLOCK) != 0)
		return fuse_session_mount(session, mountpoint);
	fflush(stderr);
	dup2(pipe_fds[1], STDERR_FILENO);
	int result = fuse_session_mount(session, mountpoint);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(pipe_fds[1]);
	ssize_t got = read(pipe_fds[0], reason, size - 1);
	close(pipe_fds[0]);
	reason[got > 0 ? got : 0] = '\0';
	reason[strcspn(reason, "\n")] = '\0';
	if (result != 0 && !*reason)
		snprintf(reason, size, "the mount failed");
	return result;
}

static void *serve(void *session) {
	fuse_session_loop(session);
	return NULL;
}

/* Returns AppRun's exit code, or -1 with reason set when FUSE cannot be used. */
static int mount_and_run(const char *image, off_t offset, const char *argv0, char **args, int count, char *reason,
                         size_t reason_size) {
	if (access("/dev/fuse", R_OK | W_OK) != 0) {
		snprintf(reason, reason_size, "/dev/fuse: %s", strerror(errno));
		return -1;
	}
	if (geteuid() != 0 && !in_path("fusermount3")) {
		snprintf(reason, reason_size, "fusermount3 not found (the fuse3 package)");
		return -1;
	}
	sqfs_ll *ll = calloc(1, sizeof *ll);
	if (!ll || open_image(&ll->fs, image, offset) != 0 || sqfs_ll_init(ll) != SQFS_OK) {
		snprintf(reason, reason_size, "cannot read the squashfs image");
		return -1;
	}
	struct fuse_lowlevel_ops ops = {
		.getattr = sqfs_ll_op_getattr,
		.opendir = sqfs_ll_op_opendir,
		.releasedir = sqfs_ll_op_releasedir,
		.readdir = sqfs_ll_op_readdir,
		.lookup = sqfs_ll_op_lookup,
		.open = sqfs_ll_op_open,
		.create = sqfs_ll_op_create,
		.release = sqfs_ll_op_release,
		.read = sqfs_ll_op_read,
		.readlink = sqfs_ll_op_readlink,
		.listxattr = sqfs_ll_op_listxattr,
		.getxattr = sqfs_ll_op_getxattr,
		.forget = sqfs_ll_op_forget,
		.statfs = stfs_ll_op_statfs,
	};
	char *fuse_argv[] = {(char *)self_name, "-o", "ro,nodev,nosuid,subtype=appimage", NULL};
	struct fuse_args fuse_args = FUSE_ARGS_INIT(3, fuse_argv);
	char mountpoint[PATH_MAX];
	if (temporary_dir(mountpoint, sizeof mountpoint, ".mount_") != 0) {
		snprintf(reason, reason_size, "cannot make a mount point: %s", strerror(errno));
		return -1;
	}
	struct fuse_session *session = fuse_session_new(&fuse_args, &ops, sizeof ops, ll);
	if (!session || mount_quietly(session, mountpoint, reason, reason_size) != 0) {
		if (session)
			fuse_session_destroy(session);
		if (!*reason)
			snprintf(reason, reason_size, "cannot start a FUSE session");
		rmdir(mountpoint);
		sqfs_ll_destroy(ll);
		free(ll);
		return -1;
	}
	fcntl(fuse_session_fd(session), F_SETFD, FD_CLOEXEC);
	set_environment(image, mountpoint, argv0);

	/* The file system is served by a thread; signals stay with the main thread. */
	pthread_t server;
	sigset_t all, previous;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &previous);
	int started = pthread_create(&server, NULL, serve, session);
	pthread_sigmask(SIG_SETMASK, &previous, NULL);
	int status = started == 0 ? run_apprun(mountpoint, args, count) : -1;

	/* Lazy unmount: a process AppRun left behind may still hold a file open. The server
	   thread ends with the connection; the process does not wait for it. */
	fuse_session_exit(session);
	fuse_session_unmount(session);
	rmdir(mountpoint);
	return exit_like(status);
}

/* --- main ------------------------------------------------------------------------------- */

static void help(void) {
	printf("%s: an AppImage (type 2). Options, as the first argument:\n"
	       "  --appimage-help                this help\n"
	       "  --appimage-offset              print where the squashfs image starts in this file\n"
	       "  --appimage-extract             extract the image into ./squashfs-root\n"
	       "  --appimage-extract-and-run ARGS  extract into a private temporary folder, run AppRun\n"
	       "                                 with ARGS, remove the folder (no FUSE needed)\n"
	       "Environment: APPIMAGE_EXTRACT_AND_RUN=1 always extracts and runs;\n"
	       "  TARGET_APPIMAGE=FILE uses the image in FILE instead of this file's.\n"
	       "Any other arguments are passed on to the application. Without FUSE the image is\n"
	       "extracted to a temporary folder automatically.\n",
	       self_name);
}

int main(int argc, char **argv) {
	char image[PATH_MAX];
	const char *target = getenv("TARGET_APPIMAGE");
	if (!realpath(target && *target ? target : "/proc/self/exe", image)) {
		fprintf(stderr, "AppImage: cannot find its own file: %s\n", strerror(errno));
		return 1;
	}
	const char *slash = strrchr(image, '/');
	self_name = slash ? slash + 1 : image;

	off_t offset;
	if (image_offset(image, &offset) != 0) {
		say("not an ELF file with an image after it: %s", image);
		return 1;
	}
	const char *option = argc > 1 ? argv[1] : "";
	if (strncmp(option, "--appimage-", 11) == 0) {
		if (strcmp(option, "--appimage-help") == 0) {
			help();
			return 0;
		}
		if (strcmp(option, "--appimage-offset") == 0) {
			printf("%lld\n", (long long)offset);
			return 0;
		}
		if (strcmp(option, "--appimage-extract-and-run") == 0)
			return extract_and_run(image, offset, argv[0], argv + 2, argc - 2);
		if (strcmp(option, "--appimage-extract") == 0) {
			sqfs fs;
			if (open_image(&fs, image, offset) != 0) {
				say("cannot read the squashfs image in %s", image);
				return 1;
			}
			if (mkdir("squashfs-root", 0755) != 0) {
				say("cannot make ./squashfs-root: %s (remove it first)", strerror(errno));
				return 1;
			}
			int result = extract(&fs, "squashfs-root");
			sqfs_destroy(&fs);
			if (result == 0)
				printf("squashfs-root\n");
			return result == 0 ? 0 : 1;
		}
		say("unknown option %s (see --appimage-help)", option);
		return 1;
	}

	const char *always_extract = getenv("APPIMAGE_EXTRACT_AND_RUN");
	if (always_extract && strcmp(always_extract, "1") == 0)
		return extract_and_run(image, offset, argv[0], argv + 1, argc - 1);
	char reason[512] = "";
	int code = mount_and_run(image, offset, argv[0], argv + 1, argc - 1, reason, sizeof reason);
	if (code >= 0)
		return code;
	say("FUSE is not usable here (%s); extracting to a temporary folder instead (a slower start)", reason);
	return extract_and_run(image, offset, argv[0], argv + 1, argc - 1);
}
