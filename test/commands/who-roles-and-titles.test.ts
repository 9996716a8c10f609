import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

describe('/who with a role or a title of office, as a user types it', () => {
  it('GIVEN "/who the governor" on the seeds THEN it names who the articles give that role, not "not in these articles"', async () => {
    const answer = await ask('/who the governor');
    const notes = answer.notes.map((item) => item.message).join(' ');
    expect(notes).toContain('the articles give that role to Alexander Khinstsen');
    expect(notes).not.toContain('is not in these articles');
  });

  it('GIVEN "/who Governor Khinstsen" on the seeds THEN the governor the articles name is answered', async () => {
    expect((await ask('/who Governor Khinstsen')).entity?.name).toBe('Alexander Khinstsen');
  });

  it('GIVEN "/who the astronaut" THEN a role no article gives is still not found', async () => {
    expect((await ask('/who the astronaut')).notes.map((item) => item.message).join(' ')).toContain('is not in these articles');
  });
});
