/**
 * {@code bpdiff grade}: a class's submissions checked in one run. The submissions are found in a folder or an LMS
 * export ({@link bpdiff.grade.Submissions}), each is checked by {@code check}'s own entry point on a fixed pool of
 * threads, one engine for all ({@link bpdiff.grade.Grader}), scored per parameter ({@link bpdiff.grade.Scoring}),
 * and written as feedback for each student and as the class's grades, mistakes and page.
 *
 * <p>Layering: {@code cli → grade → command/check → report}; nothing below {@code cli} depends on this package.
 */
package bpdiff.grade;
