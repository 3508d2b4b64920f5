package bpdiff.experiment;

/**
 * A question of the homework, quoted in the seed's Chinese and translated into English.
 *
 * @param number the question's number in the homework (1 to 11)
 * @param chinese the question as the homework writes it
 * @param english its translation
 */
public record Question(int number, String chinese, String english) {}
