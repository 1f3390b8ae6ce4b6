/** The signed-in person on whose behalf the data layer acts. */
export interface Actor {
  userId: string;
}
