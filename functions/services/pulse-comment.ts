import { commentMaxLength, normaliseComment } from '../../shared/publication/publish-comments.js';
import { ValidationError } from './errors.js';

/**
 * The pulse form's optional anonymous comment, normalised; undefined when left empty. Longer
 * than 1,000 characters is refused naming the field (nothing is recorded).
 */
export function pulseCommentFromForm(form: Record<string, string | undefined>): string | undefined {
  const comment = normaliseComment(form.comment);
  if (comment !== undefined && comment.length > commentMaxLength) {
    throw new ValidationError([
      {
        path: 'comment',
        message: `at most ${commentMaxLength} characters (${comment.length} given)`,
        code: 'comment-too-long',
        values: { max: String(commentMaxLength), given: String(comment.length) },
      },
    ]);
  }
  return comment;
}
