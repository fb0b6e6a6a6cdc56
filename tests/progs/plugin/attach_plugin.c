/* A plugin attach_target dlopens after the attach
 * (test_attach_loaded_later): its own calls into libc go through its own
 * relocation slots, which the attach patched only if it saw the dlopen. */
#include <fcntl.h>
#include <unistd.h>

int attach_plugin_write(const char *path);

int attach_plugin_write(const char *path)
{
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0 || write(fd, "plugin\n", 7) != 7)
        return 1;
    return close(fd) == 0 ? 0 : 1;
}
