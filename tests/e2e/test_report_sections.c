/* iomon report (issue 13, section 4): legends one per line, long names cut
 * with an ellipsis, no "." among the files, errors by path, sortable
 * per-process and per-file tables, the page 0600, and an input with no
 * record (a csv) refused.  Then Chromium lays the page out, and no two
 * texts of a chart may overlap (bounding boxes from the DOM). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "proc.h"
#include "trace.h"

static char scratch[64], jsonl[128], html[128], longfile[512];

#define LONG_DIR "a-directory-with-a-name-long-enough-to-be-cut-" \
                 "in-every-chart-of-the-report"
#define LONG_BASE "the-file-at-the-end.txt"

static void make_records(void)
{
    char dir[256];
    snprintf(dir, sizeof dir, "%s/" LONG_DIR, scratch);
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(longfile, sizeof longfile, "%s/" LONG_BASE, dir);
    FILE *f = fopen(longfile, "w");
    assert_non_null(f);
    fclose(f);
    /* Two processes with command lines longer than a legend, moving
     * bytes; one opening ".", a long path, /etc/group once and
     * /etc/hostname three times, and a missing file. */
    char script[2048];
    const char *w = trace_prog("workload");
    snprintf(script, sizeof script,
             "%s paths . %s /etc/group /etc/hostname /etc/hostname "
             "/etc/hostname /nonexistent-iomon-report; "
             "%s write 200 %0120d; %s write 300 %0120d",
             w, longfile, w, 1, w, 2);
    char *argv[] = {(char *)iomon_path(), "run", "--format", "jsonl", "-o",
                    jsonl, "--", "sh", "-c", script, NULL};
    assert_int_equal(run_prog(argv, NULL, NULL, NULL), 0);
    char *j = slurp_file(jsonl);
    /* What the report must leave out or show is in the records. */
    char cwd[4096], dot[4200];
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(dot, sizeof dot, "\"arg1\":\".\",\"arg2\":\"0x0\",\"path\":\"%s\"",
             cwd);
    assert_non_null(strstr(j, dot));
    assert_non_null(strstr(j, "/nonexistent-iomon-report"));
    free(j);
}

/* The text of the first element starting at open in s, up to close. */
static char *between(const char *s, const char *open, const char *close)
{
    const char *a = strstr(s, open);
    if (!a)
        return NULL;
    const char *b = strstr(a, close);
    return b ? strndup(a, (size_t)(b - a)) : NULL;
}

static void page_sections(void **state)
{
    (void)state;
    make_records();
    umask(022);  /* so a 0644 open would show as 0644 */
    char *rep[] = {(char *)iomon_path(), "report", jsonl, "-o", html, NULL};
    assert_int_equal(run_prog(rep, NULL, NULL, NULL), 0);
    struct stat st;
    assert_int_equal(stat(html, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    char *page = slurp_file(html);

    /* "." is a directory, not a file, under the name it has. */
    char cwd[4096], cell[4200];
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(cell, sizeof cell, "<td>%s</td>", cwd);
    assert_null(strstr(page, cell));
    snprintf(cell, sizeof cell, "\">%s</text>", cwd);
    assert_null(strstr(page, cell));
    /* A long path in a chart: its end behind "...", all of it in
     * the tooltip. */
    char *bars = between(page, "<svg class=\"files-time\"", "</svg>");
    assert_non_null(bars);
    assert_non_null(strstr(bars, ">..."));
    assert_non_null(strstr(bars, "-report/" LONG_BASE "</text>"));
    char title[600];
    snprintf(title, sizeof title, "<title>%s</title>", longfile);
    assert_non_null(strstr(bars, title));
    free(bars);
    /* Errors by path. */
    char *errs = between(page, "<table class=\"errpaths\"", "</table>");
    assert_non_null(errs);
    assert_non_null(strstr(errs, "<td>/nonexistent-iomon-report</td>"
                                 "<td>ENOENT</td><td>1</td>"));
    free(errs);

    /* Sortable: each column's copy in its order. */
    char *files = between(page, "<div class=\"sortable\" id=\"files\"",
                          "</div>");
    assert_non_null(files);
    assert_non_null(strstr(files, "<label for=\"files-by1\""));
    char *by_name = between(files, "<table class=\"by0\"", "</table>");
    char *by_calls = between(files, "<table class=\"by1\"", "</table>");
    assert_non_null(by_name);
    assert_non_null(by_calls);
    char *g = strstr(by_name, "<td>/etc/<wbr>group</td>"),
         *h = strstr(by_name, "<td>/etc/<wbr>hostname</td>");
    assert_true(g && h && g < h);   /* A-Z */
    g = strstr(by_calls, "<td>/etc/<wbr>group</td>");
    h = strstr(by_calls, "<td>/etc/<wbr>hostname</td>");
    assert_true(g && h && h < g);   /* 6 calls before 2 */
    free(by_name);
    free(by_calls);
    free(files);
    char *procs = between(page, "<div class=\"sortable\" id=\"procs\"",
                          "</div>");
    assert_non_null(procs);
    assert_non_null(strstr(procs, "<table class=\"by4\""));  /* bytes */
    free(procs);

    /* Legends: one per line, inside the chart, cut with an ellipsis. */
    char *bytes = between(page, "<svg class=\"bytes\"", "</svg>");
    assert_non_null(bytes);
    int height = 0, last_y = -100, n = 0;
    assert_int_equal(sscanf(strstr(bytes, "height=\""), "height=\"%d", &height),
                     1);
    for (const char *p = bytes; (p = strstr(p, "<text class=\"legend\""));
         p++) {
        int x, y;
        assert_int_equal(sscanf(p, "<text class=\"legend\" x=\"%d\" y=\"%d\"",
                                &x, &y), 2);
        assert_true(y >= last_y + 14);
        assert_true(y < height);
        last_y = y;
        n++;
    }
    assert_true(n >= 2);
    assert_true(count_of(bytes, "...</text>") >= 2);
    free(bytes);
    free(page);
}

/* Chromium lays the page out; a script added to a copy measures every
 * text of every chart and counts the pairs that overlap. */
static void no_text_overlaps_in_chromium(void **state)
{
    (void)state;
    if (access("/usr/bin/chromium", X_OK) != 0)
        skip();
    char probe[128], dom[128], log[128], profile[160], dir[200], url[200];
    snprintf(probe, sizeof probe, "%s/probe.html", scratch);
    snprintf(dom, sizeof dom, "%s/probe.dom", scratch);
    snprintf(log, sizeof log, "%s/chromium.log", scratch);
    snprintf(profile, sizeof profile, "%s/profile", scratch);
    snprintf(dir, sizeof dir, "--user-data-dir=%s", profile);
    snprintf(url, sizeof url, "file://%s", probe);
    char *page = slurp_file(html);
    char *end = strstr(page, "</body>");
    assert_non_null(end);
    FILE *f = fopen(probe, "w");
    assert_non_null(f);
    fwrite(page, 1, (size_t)(end - page), f);
    fputs("<script>\n"
          "let bad = [], texts = 0;\n"
          "for (const svg of document.querySelectorAll('svg')) {\n"
          "  const r = [...svg.querySelectorAll('text')]\n"
          "    .map(t => [t, t.getBoundingClientRect()]);\n"
          "  texts += r.length;\n"
          "  for (let i = 0; i < r.length; i++)\n"
          "    for (let j = i + 1; j < r.length; j++) {\n"
          "      const a = r[i][1], b = r[j][1];\n"
          "      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 &&\n"
          "          a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)\n"
          "        bad.push(r[i][0].textContent + ' / ' +\n"
          "                 r[j][0].textContent);\n"
          "    }\n"
          "  const box = svg.getBoundingClientRect();\n"
          "  for (const [t, b] of r)\n"
          "    if (b.right > box.right + 0.5 || b.bottom > box.bottom + 0.5)\n"
          "      bad.push('outside its chart: ' + t.textContent);\n"
          "}\n"
          "const out = document.createElement('pre');\n"
          "out.id = 'probe';\n"
          "out.textContent = 'texts=' + texts + ' overlaps=' + bad.length +\n"
          "  '\\n' + bad.join('\\n');\n"
          "document.body.appendChild(out);\n"
          "</script></body></html>\n", f);
    fclose(f);
    free(page);
    char *argv[] = {"/usr/bin/chromium", "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", dir,
                    "--window-size=1000,2400", "--dump-dom", url, NULL};
    assert_int_equal(wait_exit(spawn_prog(argv, NULL, -1, dom, log), 60000), 0);
    char *d = slurp_file(dom);
    char *p = strstr(d, "<pre id=\"probe\">texts=");
    assert_non_null(p);
    int texts = 0, overlaps = -1;
    assert_int_equal(sscanf(p, "<pre id=\"probe\">texts=%d overlaps=%d",
                            &texts, &overlaps), 2);
    if (overlaps)
        print_error("%.2000s\n", p);
    assert_true(texts > 20);
    assert_int_equal(overlaps, 0);
    free(d);
}

static void no_records_is_an_error(void **state)
{
    (void)state;
    char csv[128], out[128], err[128];
    snprintf(csv, sizeof csv, "%s/records.csv", scratch);
    snprintf(out, sizeof out, "%s/from-csv.html", scratch);
    snprintf(err, sizeof err, "%s/csv.err", scratch);
    char *run[] = {(char *)iomon_path(), "run", "--format", "csv", "-o", csv,
                   "--", (char *)trace_prog("workload"), "write", "3", NULL};
    assert_int_equal(run_prog(run, NULL, NULL, "/dev/null"), 0);
    char *rep[] = {(char *)iomon_path(), "report", csv, "-o", out, NULL};
    assert_int_equal(wait_exit(spawn_prog(rep, NULL, -1, NULL, err), 20000), 1);
    char *e = slurp_file(err);
    assert_non_null(strstr(e, "no records"));
    assert_int_equal(count_of(e, "\n"), 1);
    free(e);
    assert_int_equal(access(out, F_OK), -1);
    /* And to stdout with -o -. */
    char *rep2[] = {(char *)iomon_path(), "report", jsonl, "-o", "-", NULL};
    assert_int_equal(run_prog(rep2, NULL, out, NULL), 0);
    char *o = slurp_file(out);
    assert_true(strncmp(o, "<!DOCTYPE html>", 15) == 0);
    free(o);
}

static int setup(void **state)
{
    (void)state;
    snprintf(scratch, sizeof scratch, "%s", trace_scratch());
    snprintf(jsonl, sizeof jsonl, "%s/records.jsonl", scratch);
    snprintf(html, sizeof html, "%s/report.html", scratch);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(page_sections),
        cmocka_unit_test(no_text_overlaps_in_chromium),
        cmocka_unit_test(no_records_is_an_error),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
